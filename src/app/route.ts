import type { PortalContext } from '../b24';

/** The screens the app can show; App renders one of them. */
export type ScreenName = 'install' | 'chat-members' | 'main';

/**
 * Which screen the portal asked for: the install page while the app is being installed, the chat
 * members in a chat's sidebar (IM_SIDEBAR), otherwise the main page (DEFAULT, LEFT_MENU, …).
 */
export function pickScreen(portal: Pick<PortalContext, 'isInstallMode' | 'placement'>): ScreenName {
  if (portal.isInstallMode) return 'install';
  if (portal.placement === 'IM_SIDEBAR') return 'chat-members';
  return 'main';
}
