/**
 * Connecting to the portal, exactly once per page (main.tsx awaits it before React renders; the
 * SDK instance lives as long as the page and is never destroyed — see reference b24jssdk §5.3).
 *
 * The SDK is not touched at all when the page is not inside a portal frame: opened directly,
 * `initializeB24Frame()` would either reject ("Well done! Now paste this URL…") or, with a stale
 * window.name and no parent, post to itself and hang forever.
 */
import { AppError, reportAppError, toAppError } from './errors';
import { setPortalFrame, type PortalContext, type PortalFrame } from './frame';
import { setRestTransport } from './session';
import type { RestTransport } from './transport';

/** How long the portal gets to answer getInitData before we give up. */
export const CONNECT_TIMEOUT_MS = 15_000;

export type FrameLocation =
  | { inFrame: true; domain: string; https: boolean; appSid: string }
  | { inFrame: false; reason: 'not-in-frame' | 'no-frame-name' };

/** The parts of `window` the detection reads. */
export interface WindowLike {
  name: string;
  parent: unknown;
  self: unknown;
}

/**
 * Whether this page runs inside a portal frame: it must have a parent window and a window.name
 * of the form "HOST[:PORT]|PROTOCOL|APP_SID" (PROTOCOL 1 = https), which the portal gives the iframe.
 */
export function detectPortalFrame(win: WindowLike): FrameLocation {
  if (win.parent === null || win.parent === undefined || win.parent === win.self) {
    return { inFrame: false, reason: 'not-in-frame' };
  }
  const parts = win.name.split('|');
  const [domain = '', protocol = '', appSid = ''] = parts;
  if (parts.length !== 3 || !/^[a-z0-9.-]+(:\d{1,5})?$/i.test(domain) || !/^[01]$/.test(protocol) || !/^[\w-]+$/.test(appSid)) {
    return { inFrame: false, reason: 'no-frame-name' };
  }
  return { inFrame: true, domain, https: protocol === '1', appSid };
}

/**
 * The portal page's origin as the browser reports it for its messages ("https://portal.example",
 * default ports dropped, as the SDK does).
 */
export function portalOriginOf(location: { domain: string; https: boolean }): string {
  const host = location.domain.replace(/:(80|443)$/, '').toLowerCase();
  return `${location.https ? 'https' : 'http'}://${host}`;
}

export type Connection =
  | { status: 'connected'; portal: PortalContext }
  | { status: 'outside'; reason: 'not-in-frame' | 'no-frame-name' }
  | { status: 'failed'; error: AppError };

/** What a successful SDK start hands back (the SDK-backed pieces; faked in tests). */
export interface OpenedPortal {
  portal: PortalContext;
  transport: RestTransport;
  frame: PortalFrame;
}

export interface ConnectOptions {
  timeoutMs?: number;
  /** Defaults to the real window. */
  win?: WindowLike;
  /** Starts the SDK. Defaults to the real one, loaded only when needed. */
  open?: () => Promise<OpenedPortal>;
}

async function openWithSdk(): Promise<OpenedPortal> {
  const { openSdkPortal } = await import('./sdkPortal');
  return openSdkPortal();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new AppError('network', 'CONNECT_TIMEOUT', `The portal did not answer within ${Math.round(ms / 1000)} s`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Connects without memoising; `connectToPortal` is the once-per-page entry point. */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const location = detectPortalFrame(options.win ?? window);
  if (!location.inFrame) return { status: 'outside', reason: location.reason };
  try {
    const opened = await withTimeout((options.open ?? openWithSdk)(), options.timeoutMs ?? CONNECT_TIMEOUT_MS);
    setRestTransport(opened.transport, { origin: opened.portal.origin });
    setPortalFrame(opened.frame);
    return { status: 'connected', portal: opened.portal };
  } catch (error) {
    const failure = toAppError(error, 'getInitData');
    reportAppError(failure);
    return { status: 'failed', error: failure };
  }
}

let connection: Promise<Connection> | null = null;

/** Connects to the portal once per page; later calls get the same result. Never rejects. */
export function connectToPortal(options: ConnectOptions = {}): Promise<Connection> {
  connection ??= connect(options);
  return connection;
}
