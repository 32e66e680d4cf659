/**
 * The wire format of the Bitrix24 frame protocol, as the portal page sees it.
 *
 * App → portal: a string `command:[json:]callbackId:appSid` (the JSON may itself contain ':'),
 * or, for placement commands with ':' in their name, an object `{method, params, callback, appSid}`.
 * Portal → app: always a string `callbackId:` + JSON (empty after the colon when there is no result).
 */

export interface FrameMessage {
  command: string;
  /** Parsed JSON params; a raw string when the segment is not JSON; undefined when absent. */
  params: unknown;
  callbackId: string;
  appSid: string;
}

/** Parses one `message` event payload like the portal does; null when it is not a frame command. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data === 'string') return parseStringMessage(data);
  if (data !== null && typeof data === 'object') return parseObjectMessage(data as Record<string, unknown>);
  return null;
}

function parseStringMessage(data: string): FrameMessage | null {
  const parts = data.split(':');
  const n = parts.length;
  if (n < 3) return null;
  const command = parts[0] ?? '';
  const appSid = parts[n - 1] ?? '';
  const callbackId = parts[n - 2] ?? '';
  if (!command || !appSid) return null;
  const json = parts.slice(1, n - 2).join(':');
  return { command, params: decodeParams(json), callbackId, appSid };
}

function parseObjectMessage(data: Record<string, unknown>): FrameMessage | null {
  const { method, params, callback, appSid } = data;
  if (typeof method !== 'string' || !method || typeof appSid !== 'string' || !appSid) return null;
  return {
    command: method,
    params: typeof params === 'string' ? decodeParams(params) : params,
    callbackId: typeof callback === 'string' ? callback : '',
    appSid,
  };
}

function decodeParams(segment: string): unknown {
  if (segment === '') return undefined;
  try {
    return JSON.parse(segment) as unknown;
  } catch {
    return segment;
  }
}

/** The reply string the SDK expects: `cb:` + JSON, or just `cb:` for "no data". */
export function encodeReply(callbackId: string, result: unknown): string {
  return `${callbackId}:${result === undefined ? '' : JSON.stringify(result)}`;
}

/** Reads params as a plain object (the shape every built-in command sends), else {}. */
export function paramsRecord(params: unknown): Record<string, unknown> {
  return params !== null && typeof params === 'object' && !Array.isArray(params)
    ? (params as Record<string, unknown>)
    : {};
}
