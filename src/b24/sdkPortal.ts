/**
 * Starts the SDK (the only place that calls `initializeB24Frame`). Loaded lazily by connect.ts,
 * so a page opened outside the portal never downloads or runs the SDK.
 */
import { ApiVersion, initializeB24Frame } from '@bitrix24/b24jssdk';
import { detectPortalFrame, portalOriginOf, type OpenedPortal } from './connect';
import { installInitDataFix } from './initData';
import { addTimeBlockFix } from './sdkHttp';
import { createSdkFrame, portalContextOf } from './sdkFrame';
import { createSdkTransport } from './sdkTransport';

let initDataFixed = false;

export async function openSdkPortal(): Promise<OpenedPortal> {
  // Before the SDK subscribes: init/auth replies it would misread are fixed first (initData.ts).
  const location = detectPortalFrame(window);
  if (location.inFrame && !initDataFixed) {
    installInitDataFix(window, portalOriginOf(location));
    initDataFixed = true;
  }
  // One instance for the page's whole life: never destroy it (StrictMode would break the frame).
  const b24 = await initializeB24Frame();
  addTimeBlockFix(b24.getHttpClient(ApiVersion.v2).ajaxClient);
  return { portal: portalContextOf(b24), transport: createSdkTransport(b24), frame: createSdkFrame(b24) };
}
