import { InstallWizard } from '../features/install';
import type { ScreenProps } from './ScreenProps';

/** The page the portal opens while installing the app (also install.html of the static app). */
export function InstallScreen({ portal }: ScreenProps) {
  return <InstallWizard isAdmin={portal.isAdmin} />;
}
