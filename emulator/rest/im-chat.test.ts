import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { problemsImUser } from '../testing/reference-shapes';
import type { EmulatorChat } from '../types';

let h: Harness;
let chats: EmulatorChat[];
let general: EmulatorChat;
let notMine: EmulatorChat;
beforeAll(async () => {
  h = await startPortal({ users: 400 });
  chats = (await h.control('chats')).body;
  general = chats.find((c) => c.id === 1) as EmulatorChat;
  notMine = chats.find((c) => !c.memberIds.includes(1)) as EmulatorChat;
});
afterAll(() => h.close());

describe('seeded chats', () => {
  it('has a big general chat (300 members at 400 users) and a chat user 1 is not in', () => {
    expect(general.memberIds).toHaveLength(300);
    expect(general.memberIds).toContain(1);
    expect(notMine).toBeDefined();
  });
});

describe('im.chat.user.list', () => {
  it('returns member ids of a chat the caller is in', async () => {
    const r = await h.call('im.chat.user.list', { CHAT_ID: general.id });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['result', 'time']);
    expect(r.body.result).toEqual(general.memberIds);
    expect(r.body.result.every(Number.isInteger)).toBe(true);
  });

  it('returns [] (no right) for a chat the caller is not a member of', async () => {
    const r = await h.call('im.chat.user.list', { CHAT_ID: notMine.id });
    expect(r.status).toBe(200);
    expect(r.body.result).toEqual([]);
  });

  it('400 CHAT_ID_EMPTY without CHAT_ID; 403 ACCESS_ERROR for a chat that does not exist', async () => {
    const empty = await h.call('im.chat.user.list', {});
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({ error: 'CHAT_ID_EMPTY', error_description: "Chat ID can't be empty" });
    const missing = await h.call('im.chat.user.list', { CHAT_ID: 987654 });
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual({ error: 'ACCESS_ERROR', error_description: 'Action unavailable' });
  });
});

describe('im.dialog.users.list', () => {
  it('pages a chat with LIMIT/OFFSET, total and next (default 50)', async () => {
    const first = await h.call('im.dialog.users.list', { DIALOG_ID: `chat${general.id}` });
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual(['result', 'next', 'total', 'time']);
    expect(first.body.result).toHaveLength(50);
    expect(first.body.total).toBe(300);
    expect(first.body.next).toBe(50);
    expect(problemsImUser(first.body.result[0])).toEqual([]);
    const last = await h.call('im.dialog.users.list', { DIALOG_ID: `chat${general.id}`, LIMIT: 200, OFFSET: 200 });
    expect(last.body.result).toHaveLength(100);
    expect(last.body).not.toHaveProperty('next');
    const capped = await h.call('im.dialog.users.list', { DIALOG_ID: `chat${general.id}`, LIMIT: 500 });
    expect(capped.body.result).toHaveLength(200);
    expect(capped.body.next).toBe(200);
    const ids = [...first.body.result.map((u: { id: number }) => u.id)];
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('a numeric DIALOG_ID is the 1:1 dialog: the caller and that user', async () => {
    const r = await h.call('im.dialog.users.list', { DIALOG_ID: '12' });
    expect(r.body.result.map((u: { id: number }) => u.id)).toEqual([1, 12]);
    expect(r.body.total).toBe(2);
  });

  it('SKIP_EXTERNAL=Y drops bots from a dialog', async () => {
    const bot = (await h.control('state')).body.portal.edgeCases.bot;
    const all = await h.call('im.dialog.users.list', { DIALOG_ID: String(bot) });
    expect(all.body.result.map((u: { id: number }) => u.id)).toEqual([1, bot]);
    const skip = await h.call('im.dialog.users.list', { DIALOG_ID: String(bot), SKIP_EXTERNAL: 'Y' });
    expect(skip.body.result.map((u: { id: number }) => u.id)).toEqual([1]);
    const keep = await h.call('im.dialog.users.list', { DIALOG_ID: String(bot), SKIP_EXTERNAL: 'Y', SKIP_EXTERNAL_EXCEPT_TYPES: 'bot, email' });
    expect(keep.body.result).toHaveLength(2);
  });

  it('400 DIALOG_ID_EMPTY for a missing or malformed DIALOG_ID', async () => {
    for (const params of [{}, { DIALOG_ID: '' }, { DIALOG_ID: 'abc' }]) {
      const r = await h.call('im.dialog.users.list', params);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'DIALOG_ID_EMPTY', error_description: "Dialog ID can't be empty" });
    }
  });

  it('403 ACCESS_ERROR for a chat the caller is not in, or a user that does not exist', async () => {
    const chat = await h.call('im.dialog.users.list', { DIALOG_ID: `chat${notMine.id}` });
    expect(chat.status).toBe(403);
    expect(chat.body).toEqual({ error: 'ACCESS_ERROR', error_description: "You don't have access to this chat" });
    const user = await h.call('im.dialog.users.list', { DIALOG_ID: '99999' });
    expect(user.status).toBe(403);
    expect(user.body).toEqual({ error: 'ACCESS_ERROR', error_description: 'You do not have access to the specified dialog' });
  });
});
