/**
 * The portal's `getInitData` / `refreshAuth` replies, made safe for the SDK before it reads them.
 *
 * The SDK reads a few init fields in ways that break on spellings a portal may legitimately use
 * (reference b24jssdk §2.6):
 * - FIRST_RUN is used as a truthy value: "N" or "0" would make it send `setInstall` and wait
 *   for an answer forever (the app never starts);
 * - INSTALL is used as a truthy value (it gates `installFinish`);
 * - a missing or odd PROTOCOL switches REST and postMessage to http:// (every reply then dropped);
 * - a missing AUTH_EXPIRES makes every token look expired (a refreshAuth before every call);
 * - USER_OPTIONS / APP_OPTIONS given as a JSON string are never read.
 *
 * `normaliseInitData` fixes exactly these; `installInitDataFix` applies it to the frame messages
 * that carry such a reply. A reply that needs no fix is left completely alone.
 */
import { flagOrNull, mapOrEmpty } from './scalars';

/** The token lifetime assumed when the portal gives none (the portal's 401 still has the last word). */
export const DEFAULT_AUTH_EXPIRES_SEC = 3600;

type Reply = Record<string, unknown>;

function isRecord(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a parent reply is a getInitData or refreshAuth payload (both carry the token). */
export function isAuthReply(value: unknown): value is Reply {
  return isRecord(value) && ('AUTH_ID' in value || 'REFRESH_ID' in value || 'AUTH_EXPIRES' in value);
}

function isInitReply(reply: Reply): boolean {
  return ['DOMAIN', 'LANG', 'PLACEMENT', 'MEMBER_ID', 'INSTALL', 'FIRST_RUN', 'IS_ADMIN'].some((key) => key in reply);
}

/**
 * The reply with the fields the SDK misreads normalised, or null when nothing needs changing.
 * `https`: whether the portal page really is https (the origin its reply came from).
 */
export function normaliseInitData(reply: Reply, https: boolean): Reply | null {
  const fixed: Reply = { ...reply };
  let changed = false;
  const set = (key: string, value: unknown) => {
    if (fixed[key] !== value) {
      fixed[key] = value;
      changed = true;
    }
  };

  const expires = Number.parseInt(String(reply.AUTH_EXPIRES ?? ''), 10);
  if (!Number.isFinite(expires) || expires <= 0) set('AUTH_EXPIRES', String(DEFAULT_AUTH_EXPIRES_SEC));

  if (isInitReply(reply)) {
    for (const key of ['FIRST_RUN', 'INSTALL', 'IS_ADMIN']) {
      if (key in reply && typeof reply[key] !== 'boolean') set(key, flagOrNull(reply[key]) === true);
    }
    const protocol = https ? 1 : 0;
    if (Number.parseInt(String(reply.PROTOCOL ?? ''), 10) !== protocol) set('PROTOCOL', protocol);
    for (const key of ['USER_OPTIONS', 'APP_OPTIONS']) {
      if (typeof reply[key] === 'string') set(key, mapOrEmpty(reply[key]));
    }
  }
  return changed ? fixed : null;
}

/** A parent reply string "<callbackId>:<json>" → its parts, or null when it is something else. */
export function splitReply(data: unknown): { id: string; payload: unknown } | null {
  if (typeof data !== 'string') return null;
  const colon = data.indexOf(':');
  if (colon <= 0) return null;
  const json = data.slice(colon + 1);
  if (!json.trimStart().startsWith('{')) return null;
  try {
    return { id: data.slice(0, colon), payload: JSON.parse(json) as unknown };
  } catch {
    return null;
  }
}

/** The parts of `window` the fix uses. */
export type MessageWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'>;

/**
 * Listens (before the SDK, which subscribes when its B24Frame is created) for replies from
 * `portalOrigin` that carry init or auth data needing a fix, stops the original message and
 * re-sends the fixed one, same origin and source, for the SDK to read. Returns the uninstaller.
 */
export function installInitDataFix(win: MessageWindow, portalOrigin: string): () => void {
  const https = portalOrigin.toLowerCase().startsWith('https:');
  const ours = new WeakSet<Event>();
  const listener = (event: Event) => {
    if (ours.has(event) || !(event instanceof MessageEvent) || event.origin !== portalOrigin) return;
    const reply = splitReply(event.data);
    if (!reply || !isAuthReply(reply.payload)) return;
    const fixed = normaliseInitData(reply.payload, https);
    if (!fixed) return;
    event.stopImmediatePropagation();
    const again = new MessageEvent('message', {
      data: `${reply.id}:${JSON.stringify(fixed)}`,
      origin: event.origin,
      source: event.source,
      lastEventId: event.lastEventId,
    });
    ours.add(again);
    win.dispatchEvent(again);
  };
  win.addEventListener('message', listener, true);
  return () => win.removeEventListener('message', listener, true);
}
