/**
 * One screen per route (see route.ts); App passes each the portal context it was opened with.
 * Each screen lives in its own file and wires the features it shows.
 */
export type { ScreenProps } from './ScreenProps';
export { MainScreen } from './MainScreen';
export { ChatMembersScreen } from './ChatMembersScreen';
export { InstallScreen } from './InstallScreen';
