import { paramsRecord } from './message';

/** Who or what an im* command is about. */
export type ImTarget =
  | { kind: 'user'; userId: number }
  | { kind: 'chat'; dialogId: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'none' };

export const IM_COMMANDS = new Set(['imOpenMessenger', 'imCallTo', 'imPhoneTo', 'imOpenHistory']);

/** dialogId "12" (or 12) is a 1:1 dialog with user 12; "chat12" is group chat 12. */
export function dialogTarget(dialogId: unknown): ImTarget {
  if (typeof dialogId === 'number' && Number.isInteger(dialogId) && dialogId > 0) return { kind: 'user', userId: dialogId };
  if (typeof dialogId !== 'string' || dialogId === '') return { kind: 'none' };
  if (/^\d+$/.test(dialogId)) return { kind: 'user', userId: Number(dialogId) };
  return { kind: 'chat', dialogId };
}

export function imTarget(command: string, params: unknown): ImTarget {
  const p = paramsRecord(params);
  switch (command) {
    case 'imCallTo':
      return dialogTarget(typeof p.userId === 'string' || typeof p.userId === 'number' ? p.userId : undefined);
    case 'imPhoneTo':
      return typeof p.phone === 'string' && p.phone ? { kind: 'phone', phone: p.phone } : { kind: 'none' };
    default:
      return dialogTarget(p.dialogId);
  }
}

/**
 * The visible notice for a fire-and-forget im* command, e.g. "Would open a chat with Anna Ivanova".
 * `label` is the resolved name of the user or chat (or the phone number).
 */
export function imNoticeText(command: string, params: unknown, target: ImTarget, label: string): string {
  const p = paramsRecord(params);
  const who = target.kind === 'chat' ? `the chat “${label}”` : label;
  switch (command) {
    case 'imOpenMessenger':
      return target.kind === 'none' ? 'Would open the messenger' : `Would open a chat with ${who}`;
    case 'imOpenHistory':
      return target.kind === 'none' ? 'Would open the chat history' : `Would open the chat history with ${who}`;
    case 'imCallTo':
      return `Would start ${p.video === false ? 'an audio' : 'a video'} call with ${who}`;
    case 'imPhoneTo':
      return `Would dial ${label}`;
    default:
      return `Would run ${command}`;
  }
}
