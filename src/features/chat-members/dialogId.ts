/**
 * What a DIALOG_ID names (reference bitrix24-rest §2.3): "chat12" is group chat 12, "sg3" the chat
 * of workgroup 3, "47" the 1:1 dialog with user 47. Anything else (open lines "imol|…", empty) is
 * not something this feature can show members of.
 */
export type DialogRef =
  | { kind: 'chat'; dialogId: string; chatId: number }
  | { kind: 'group'; dialogId: string; groupId: number }
  | { kind: 'user'; dialogId: string; userId: number };

export function parseDialogId(value: unknown): DialogRef | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  const chat = /^chat(\d+)$/i.exec(text);
  if (chat) return positive(chat[1], (chatId) => ({ kind: 'chat', dialogId: `chat${chatId}`, chatId }));
  const group = /^sg(\d+)$/i.exec(text);
  if (group) return positive(group[1], (groupId) => ({ kind: 'group', dialogId: `sg${groupId}`, groupId }));
  if (/^\d+$/.test(text)) return positive(text, (userId) => ({ kind: 'user', dialogId: String(userId), userId }));
  return null;
}

function positive(digits: string | undefined, make: (n: number) => DialogRef): DialogRef | null {
  const n = Number(digits);
  return Number.isSafeInteger(n) && n > 0 ? make(n) : null;
}
