import type { ComponentType } from 'react';
import type { PortalContext } from '../b24';
import { pickScreen, type ScreenName } from './route';
import { ChatMembersScreen, InstallScreen, MainScreen, type ScreenProps } from './screens';

const SCREENS: Record<ScreenName, ComponentType<ScreenProps>> = {
  install: InstallScreen,
  'chat-members': ChatMembersScreen,
  main: MainScreen,
};

/** The connected app: shows the screen the portal opened it for. Providers are set up in main.tsx. */
export function App({ portal }: { portal: PortalContext }) {
  const Screen = SCREENS[pickScreen(portal)];
  return <Screen portal={portal} />;
}
