/**
 * Starts the SDK (the only place that calls `initializeB24Frame`). Loaded lazily by connect.ts,
 * so a page opened outside the portal never downloads or runs the SDK.
 */
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import type { OpenedPortal } from './connect';
import { createSdkFrame, portalContextOf } from './sdkFrame';
import { createSdkTransport } from './sdkTransport';

export async function openSdkPortal(): Promise<OpenedPortal> {
  // One instance for the page's whole life: never destroy it (StrictMode would break the frame).
  const b24 = await initializeB24Frame();
  return { portal: portalContextOf(b24), transport: createSdkTransport(b24), frame: createSdkFrame(b24) };
}
