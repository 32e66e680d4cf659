import { parseFrameMessage, type FrameMessage } from './message';

export type DropReason = 'origin' | 'format' | 'sid';

export type Acceptance = { ok: true; message: FrameMessage } | { ok: false; reason: DropReason; detail: string };

/**
 * The portal's checks on every `message` event: it must come from the app's origin, parse as a frame
 * command, and carry the APP_SID of the current launch. Anything else is dropped without a reply.
 */
export function acceptFrameEvent(
  event: { origin: string; data: unknown },
  expected: { appOrigin: string; appSid: string },
): Acceptance {
  if (event.origin !== expected.appOrigin) {
    return { ok: false, reason: 'origin', detail: `origin ${event.origin} is not the app origin ${expected.appOrigin}` };
  }
  const message = parseFrameMessage(event.data);
  if (!message) return { ok: false, reason: 'format', detail: 'not a frame command' };
  if (message.appSid !== expected.appSid) {
    return { ok: false, reason: 'sid', detail: `APP_SID ${message.appSid} is not the current one` };
  }
  return { ok: true, message };
}
