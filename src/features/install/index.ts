/**
 * The install wizard (INSTALL mode, install.html of a static app): binds the app's places with
 * placement.bind, then installFinish. `REQUIRED_SCOPES` is the one list of permissions the app needs.
 */
export { InstallWizard, type InstallWizardProps } from './InstallWizard';
export { REQUIRED_SCOPES, type RequiredScope } from '../../b24';
export { appHandlerUrl, placementPlan, SIDEBAR_ICON } from './placements';
