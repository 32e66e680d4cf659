import type { PortalContext } from '../b24';

export interface ScreenProps {
  portal: PortalContext;
}
