import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import {
  ATOM, RECENT_CHAT_ITEM_KEYS, RECENT_CHAT_KEYS, RECENT_MESSAGE_KEYS, RECENT_RESULT_KEYS, RECENT_USER_ITEM_KEYS, problemsImUser,
} from '../testing/reference-shapes';

interface Item {
  id: number | string;
  chat_id: number;
  type: string;
  counter: number;
  pinned: boolean;
  date_update: string;
  [key: string]: unknown;
}

let h: Harness;
let items: Item[];
beforeAll(async () => {
  h = await startPortal();
  const r = await h.call('im.recent.list', { LIMIT: 200 });
  items = r.body.result.items;
});
afterAll(() => h.close());

describe('im.recent.list', () => {
  it('answers {items, hasMorePages, hasMore, copilot, messagesAutoDeleteConfigs} with total -1', async () => {
    const r = await h.call('im.recent.list');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['result', 'total', 'time']);
    expect(r.body.total).toBe(-1);
    expect(Object.keys(r.body.result)).toEqual(RECENT_RESULT_KEYS);
  });

  it('lists the current user chats and 1:1 dialogs only', async () => {
    const chats = (await h.control('chats')).body as { id: number; memberIds: number[] }[];
    const mine = chats.filter((c) => c.memberIds.includes(1)).map((c) => c.id).sort((a, b) => a - b);
    expect(items.map((i) => i.chat_id).sort((a, b) => a - b)).toEqual(mine);
    expect(items.some((i) => i.type === 'user')).toBe(true);
    expect(items.some((i) => i.type === 'chat')).toBe(true);
  });

  it('user items: numeric id, user object, small chat block, message', () => {
    const item = items.find((i) => i.type === 'user') as Item;
    expect(Object.keys(item)).toEqual(RECENT_USER_ITEM_KEYS);
    expect(typeof item.id).toBe('number');
    expect(problemsImUser(item.user)).toEqual([]);
    expect((item.user as { id: number }).id).toBe(item.id);
    expect(item.chat).toEqual({ text_field_enabled: true, background_id: null, mute_list: [] });
    expect(Object.keys(item.message as object)).toEqual(RECENT_MESSAGE_KEYS);
    expect(item.date_update).toMatch(ATOM);
  });

  it('chat items: "chatN" id, full chat block, last author as user', () => {
    const item = items.find((i) => i.type === 'chat') as Item;
    expect(Object.keys(item)).toEqual(RECENT_CHAT_ITEM_KEYS);
    expect(item.id).toBe(`chat${item.chat_id}`);
    expect(Object.keys(item.chat as object)).toEqual(RECENT_CHAT_KEYS);
    expect((item.user as { id: number }).id).toBe((item.message as { author_id: number }).author_id);
  });

  it('pinned first, then newest first', () => {
    const pinnedCount = items.filter((i) => i.pinned).length;
    expect(items.slice(0, pinnedCount).every((i) => i.pinned)).toBe(true);
    const rest = items.slice(pinnedCount).map((i) => Date.parse(i.date_update));
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it('SKIP_DIALOG / SKIP_CHAT / UNREAD_ONLY filter the items', async () => {
    const noDialogs = (await h.call('im.recent.list', { SKIP_DIALOG: 'Y' })).body.result.items as Item[];
    expect(noDialogs.every((i) => i.type === 'chat')).toBe(true);
    const noChats = (await h.call('im.recent.list', { SKIP_CHAT: 'Y' })).body.result.items as Item[];
    expect(noChats.every((i) => i.type === 'user')).toBe(true);
    const unread = (await h.call('im.recent.list', { UNREAD_ONLY: 'Y' })).body.result.items as Item[];
    expect(unread.every((i) => i.counter > 0)).toBe(true);
  });

  it('pages with OFFSET/LIMIT and reports hasMore', async () => {
    const page = (await h.call('im.recent.list', { LIMIT: 2, OFFSET: 1 })).body.result;
    expect(page.items.map((i: Item) => i.chat_id)).toEqual(items.slice(1, 3).map((i) => i.chat_id));
    expect(page.hasMore).toBe(true);
    expect(page.hasMorePages).toBe(true);
    const end = (await h.call('im.recent.list', { LIMIT: 2, OFFSET: items.length - 1 })).body.result;
    expect(end.hasMore).toBe(false);
  });
});
