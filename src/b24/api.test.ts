import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  bindPlacement,
  endIdle,
  fetchAppInfo,
  fetchChatMemberIds,
  fetchCurrentUserRow,
  fetchDepartments,
  fetchDialogUsers,
  fetchImDepartments,
  fetchMyStatus,
  fetchPeopleByIds,
  fetchRecentChats,
  listEmployees,
  searchEmployees,
  setMyStatus,
  startIdle,
  unbindPlacement,
} from './api';
import { cmd } from './commands';
import { setRestTransport } from './session';
import { createFakeTransport, imUser, listAnswer, restError, type FakeTransport } from './testing';
import type { UserRow } from './wire';

let rest: FakeTransport;

function userRow(id: number, extra: Partial<UserRow> = {}): UserRow {
  return { ID: String(id), ACTIVE: true, NAME: `N${id}`, LAST_NAME: `L${id}`, IS_ONLINE: 'N', UF_DEPARTMENT: [1], USER_TYPE: 'employee', ...extra };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  rest = createFakeTransport({
    'im.user.list.get': (p) => (p.ID as number[]).map((id) => imUser({ id })),
  });
  setRestTransport(rest, { origin: 'https://portal.example' });
});

afterEach(() => setRestTransport(null));

describe('fetchPeopleByIds', () => {
  it('asks for up to 50 ids in one im.user.list.get call, as an array', async () => {
    const people = await fetchPeopleByIds([3, 1, 3, 2, 0, -1]);
    expect(people.map((p) => p.id)).toEqual([3, 1, 2]);
    expect(rest.calls).toEqual([{ method: 'im.user.list.get', params: { ID: [3, 1, 2], RESULT_TYPE: 'array' } }]);
  });

  it('puts more ids into one batch of ≤50-id commands', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => i + 1);
    const people = await fetchPeopleByIds(ids);
    expect(people.map((p) => p.id)).toEqual(ids);
    expect(rest.batches).toHaveLength(1);
    const sizes = rest.calls.filter((c) => c.method === 'im.user.list.get').map((c) => (c.params.ID as number[]).length);
    expect(sizes).toEqual([50, 50, 20]);
  });

  it('uses several batch requests beyond 50 commands', async () => {
    const ids = Array.from({ length: 2600 }, (_, i) => i + 1);
    await fetchPeopleByIds(ids);
    expect(rest.batches.map((keys) => keys.length)).toEqual([50, 2]);
  });

  it('makes no request for no ids', async () => {
    expect(await fetchPeopleByIds([])).toEqual([]);
    expect(rest.calls).toEqual([]);
  });

  it('accepts the object-keyed answer as well', async () => {
    rest.handle({ 'im.user.list.get': () => ({ '7': imUser({ id: 7 }) }) });
    expect((await fetchPeopleByIds([7])).map((p) => p.id)).toEqual([7]);
  });

  it('rejects when a chunk fails', async () => {
    rest.handle({ 'im.user.list.get': (p) => ((p.ID as number[])[0] === 51 ? restError('ACCESS_DENIED', 403) : []) });
    await expect(fetchPeopleByIds(Array.from({ length: 60 }, (_, i) => i + 1))).rejects.toMatchObject({ kind: 'access-denied' });
  });
});

describe('departments', () => {
  it('reads the first page, then every other page in one batch', async () => {
    rest.handle({
      'department.get': (p) => {
        const start = Number(p.start);
        const count = Math.min(50, 120 - start);
        return listAnswer(
          Array.from({ length: count }, (_, i) => ({ ID: String(start + i + 1), NAME: `D${start + i + 1}`, SORT: 500, PARENT: '1' })),
          120,
        );
      },
    });
    const departments = await fetchDepartments();
    expect(departments).toHaveLength(120);
    expect(departments[119]).toEqual({ id: 120, name: 'D120', parentId: 1, headUserId: null });
    expect(rest.calls.filter((c) => c.method === 'department.get').map((c) => c.params.start)).toEqual([0, 50, 100]);
    expect(rest.batches).toEqual([['c0', 'c1']]);
  });

  it('needs one call when everything fits into one page', async () => {
    rest.handle({ 'department.get': () => listAnswer([{ ID: '1', NAME: 'Company', SORT: 100 }], 1) });
    expect(await fetchDepartments()).toEqual([{ id: 1, name: 'Company', parentId: null, headUserId: null }]);
    expect(rest.batches).toEqual([]);
  });

  it('fetches im departments by id', async () => {
    rest.handle({ 'im.department.get': (p) => (p.ID as number[]).map((id) => ({ id, name: `D${id}`, full_name: '', manager_user_id: 4 })) });
    expect(await fetchImDepartments([2, 2, 3])).toEqual([
      { id: 2, name: 'D2', parentId: null, headUserId: 4 },
      { id: 3, name: 'D3', parentId: null, headUserId: 4 },
    ]);
    expect(rest.calls[0]?.params).toEqual({ ID: [2, 3] });
  });
});

describe('employees', () => {
  it('lists active employees with filters, sort and paging', async () => {
    rest.handle({ 'user.get': () => listAnswer(Array.from({ length: 50 }, (_, i) => userRow(i + 51, { UF_DEPARTMENT: [7], IS_ONLINE: 'Y' })), 130) });
    const page = await listEmployees({ start: 50, sort: { field: 'NAME', order: 'DESC' }, filter: { departmentId: 7, isOnline: true } });
    expect(rest.calls[0]).toEqual({
      method: 'user.get',
      params: {
        filter: { ACTIVE: true, USER_TYPE: 'employee', UF_DEPARTMENT: 7, IS_ONLINE: 'Y' },
        sort: 'NAME',
        order: 'DESC',
        start: 50,
      },
    });
    expect(page.people).toHaveLength(50);
    expect(page.people[0]?.presence.source).toBe('directory');
    expect(page.total).toBe(130);
    expect(page.next).toBe(100);
  });

  it('has no next page at the end', async () => {
    rest.handle({ 'user.get': () => listAnswer([userRow(101)], 101) });
    expect((await listEmployees({ start: 100 })).next).toBeNull();
  });

  it('searches with user.search FIND and keeps active employees only', async () => {
    rest.handle({
      'user.search': () => listAnswer([userRow(1), userRow(2, { ACTIVE: false }), userRow(3, { USER_TYPE: 'extranet' })], 3),
    });
    const page = await searchEmployees('Ann');
    expect(rest.calls[0]).toEqual({ method: 'user.search', params: { FILTER: { FIND: 'Ann' }, start: 0 } });
    expect(page.people.map((p) => p.id)).toEqual([1]);
    expect(page.next).toBeNull();
  });

  it('reads me from user.current', async () => {
    rest.handle({ 'user.current': () => userRow(9, { IS_ONLINE: 'Y' }) });
    const me = await fetchCurrentUserRow();
    expect(me).toMatchObject({ id: 9, name: 'N9 L9', presence: { source: 'directory', onlineFlag: true } });
  });
});

describe('status', () => {
  it('reads my status; false means none', async () => {
    rest.handle({ 'im.user.status.get': () => false });
    expect(await fetchMyStatus()).toBeNull();
    rest.handle({ 'im.user.status.get': () => 'break' });
    expect(await fetchMyStatus()).toBe('break');
  });

  it('sets the status in lowercase and idles with AGO minutes', async () => {
    rest.handle({ 'im.user.status.set': () => true, 'im.user.status.idle.start': () => true, 'im.user.status.idle.end': () => true });
    await setMyStatus('dnd');
    await startIdle(0);
    await endIdle();
    expect(rest.calls).toEqual([
      { method: 'im.user.status.set', params: { STATUS: 'dnd' } },
      { method: 'im.user.status.idle.start', params: { AGO: 1 } },
      { method: 'im.user.status.idle.end', params: {} },
    ]);
  });

  it('maps STATUS_ERROR to invalid-input', async () => {
    rest.handle({ 'im.user.status.set': () => restError('STATUS_ERROR', 400, 'Status is not available') });
    await expect(setMyStatus('dnd')).rejects.toMatchObject({ kind: 'invalid-input' });
  });
});

describe('chats', () => {
  it('reads member ids of a chat', async () => {
    rest.handle({ 'im.chat.user.list': () => [99, 1269, 1271] });
    expect(await fetchChatMemberIds(12)).toEqual([99, 1269, 1271]);
    expect(rest.calls[0]?.params).toEqual({ CHAT_ID: 12 });
  });

  it('pages dialog users with OFFSET/LIMIT and tells the next offset', async () => {
    rest.handle({
      'im.dialog.users.list': (p) =>
        listAnswer([imUser({ id: Number(p.OFFSET) + 1 }), imUser({ id: Number(p.OFFSET) + 2 })].slice(0, 5 - Number(p.OFFSET)), 5),
    });
    const first = await fetchDialogUsers('chat12', { limit: 2 });
    expect(rest.calls[0]?.params).toEqual({ DIALOG_ID: 'chat12', OFFSET: 0, LIMIT: 2 });
    expect(first).toMatchObject({ total: 5, next: 2 });
    const last = await fetchDialogUsers('chat12', { offset: 4, limit: 2 });
    expect(last.next).toBeNull();
  });

  it('lists recent chats without duplicates', async () => {
    const item = { id: 'chat3', chat_id: 3, type: 'chat', avatar: { url: '', color: '' }, title: 'T', message: null };
    rest.handle({ 'im.recent.list': () => ({ items: [item, item, { ...item, id: 8, chat_id: 0, type: 'user' }], hasMorePages: false }) });
    expect((await fetchRecentChats()).map((c) => c.dialogId)).toEqual(['chat3', '8']);
  });
});

describe('app and placements', () => {
  it('reads app.info', async () => {
    rest.handle({ 'app.info': () => ({ ID: 9, CODE: 'local.x', VERSION: 1, STATUS: 'L', INSTALLED: false }) });
    expect(await fetchAppInfo()).toEqual({ installed: false, code: 'local.x', version: '1', status: 'L' });
  });

  it('binds and unbinds placements with the documented params', async () => {
    rest.handle({ 'placement.bind': () => true, 'placement.unbind': () => ({ count: 1 }) });
    await bindPlacement({ placement: 'IM_SIDEBAR', handler: 'https://app.example/', title: 'People', options: { iconName: 'fa-users' } });
    expect(await unbindPlacement({ placement: 'IM_SIDEBAR', handler: 'https://app.example/' })).toBe(1);
    expect(rest.calls).toEqual([
      { method: 'placement.bind', params: { PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://app.example/', TITLE: 'People', OPTIONS: { iconName: 'fa-users' } } },
      { method: 'placement.unbind', params: { PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://app.example/' } },
    ]);
  });

  it('names the placement scope when it is missing', async () => {
    rest.handle({ 'placement.bind': () => restError('insufficient_scope', 403) });
    await expect(bindPlacement({ placement: 'IM_SIDEBAR', handler: 'h', title: 't' })).rejects.toMatchObject({
      kind: 'missing-scope',
      options: { scope: 'placement' },
    });
  });
});

describe('portals that answer differently', () => {
  const fullPage = (start: number, count = 50, extra: Partial<UserRow> = {}) =>
    Array.from({ length: count }, (_, i) => userRow(start + i + 1, extra));

  it('reads user rows with numeric IDs, "Y"/"N" flags, lower-case keys and UF_DEPARTMENT in any shape', async () => {
    const rows = [
      { ID: 1, ACTIVE: 'Y', NAME: 'A', LAST_NAME: 'One', IS_ONLINE: 'Y', UF_DEPARTMENT: ['3', '4'] },
      { ID: '2', ACTIVE: true, NAME: 'B', LAST_NAME: 'Two', IS_ONLINE: true, UF_DEPARTMENT: 3 },
      { id: '3', active: 1, name: 'C', last_name: 'Three', is_online: 'N', uf_department: '3' },
      { ID: '4', ACTIVE: 'N', NAME: 'Fired', LAST_NAME: 'Four', IS_ONLINE: 'N', UF_DEPARTMENT: [3] },
      { ID: '5', ACTIVE: false, NAME: 'Fired', LAST_NAME: 'Five', IS_ONLINE: 'N', UF_DEPARTMENT: [3] },
      { ID: 'x', NAME: 'No id' },
      { ID: '6', NAME: 'No flags', LAST_NAME: 'Six' },
    ];
    rest.handle({ 'user.get': () => listAnswer(rows, rows.length) });
    const page = await listEmployees();
    expect(page.people.map((p) => [p.id, p.name, p.departmentIds, p.presence.onlineFlag, p.position])).toEqual([
      [1, 'A One', [3, 4], true, null],
      [2, 'B Two', [3], true, null],
      [3, 'C Three', [3], false, null],
      [6, 'No flags Six', [], null, null],
    ]);
    expect(page).toMatchObject({ total: 7, totalExact: true, next: null });
  });

  it('applies the filters to the rows too, for a portal that ignores them', async () => {
    rest.handle({
      'user.get': () =>
        listAnswer(
          [
            userRow(1, { UF_DEPARTMENT: [7], IS_ONLINE: 'Y' }),
            userRow(2, { UF_DEPARTMENT: [8], IS_ONLINE: 'Y' }),
            userRow(3, { UF_DEPARTMENT: [7], IS_ONLINE: 'N' }),
            userRow(4, { UF_DEPARTMENT: [7], IS_ONLINE: 'Y', USER_TYPE: 'extranet' }),
            userRow(5, { UF_DEPARTMENT: [7], IS_ONLINE: 'Y', ACTIVE: false }),
            userRow(6, { UF_DEPARTMENT: null, IS_ONLINE: 'Y' }),
          ],
          6,
        ),
    });
    const page = await listEmployees({ filter: { departmentId: 7, isOnline: true } });
    expect(page.people.map((p) => p.id)).toEqual([1, 6]);
  });

  it('pages on without a total: a full page means more, a short one is the end', async () => {
    rest.handle({ 'user.get': (p) => (Number(p.start) === 0 ? fullPage(0) : fullPage(Number(p.start), 20)) });
    const first = await listEmployees();
    expect(first).toMatchObject({ total: 51, totalExact: false, next: 50 });
    const last = await listEmployees({ start: 50 });
    expect(last).toMatchObject({ total: 70, totalExact: false, next: null });
  });

  it('pages on by `next` when the total is missing, even after fired people were dropped', async () => {
    rest.handle({ 'user.search': () => listAnswer(fullPage(0, 50, { ACTIVE: 'N' }), 0, true) });
    const page = await searchEmployees('x');
    expect(page.people).toEqual([]);
    expect(page.next).toBe(50);
  });

  it('does not care about the order rows come in', async () => {
    rest.handle({ 'user.get': () => listAnswer([userRow(9), userRow(2), userRow(5)], 3) });
    expect((await listEmployees()).people.map((p) => p.id)).toEqual([9, 2, 5]);
  });

  it('reads user rows given as an object keyed by id', async () => {
    rest.handle({ 'user.search': () => listAnswer({ '3': userRow(3), '4': userRow(4) }, 2) });
    expect((await searchEmployees('x')).people.map((p) => p.id)).toEqual([3, 4]);
  });

  it('reads departments whose root PARENT is missing, "", "0", 0 or null, and ids as numbers', async () => {
    rest.handle({
      'department.get': () =>
        listAnswer(
          [
            { ID: 1, NAME: 'Root', SORT: 100 },
            { ID: '2', NAME: 'A', SORT: '500', PARENT: '' },
            { ID: '3', NAME: 'B', SORT: 500, PARENT: '0' },
            { ID: '4', NAME: 'C', SORT: 500, PARENT: 0, UF_HEAD: 12 },
            { ID: '5', NAME: 'D', SORT: 500, PARENT: null, UF_HEAD: '' },
            { ID: '6', NAME: 'E', SORT: 500, PARENT: 1, UF_HEAD: '7' },
            { ID: '7', NAME: 'Self', SORT: 500, PARENT: '7' },
            { NAME: 'No id' },
          ],
          8,
        ),
    });
    expect(await fetchDepartments()).toEqual([
      { id: 1, name: 'Root', parentId: null, headUserId: null },
      { id: 2, name: 'A', parentId: null, headUserId: null },
      { id: 3, name: 'B', parentId: null, headUserId: null },
      { id: 4, name: 'C', parentId: null, headUserId: 12 },
      { id: 5, name: 'D', parentId: null, headUserId: null },
      { id: 6, name: 'E', parentId: 1, headUserId: 7 },
      { id: 7, name: 'Self', parentId: null, headUserId: null },
    ]);
  });

  it('reads every department page one after another when the portal sends no total', async () => {
    const rows = (start: number, count: number) => Array.from({ length: count }, (_, i) => ({ ID: String(start + i + 1), NAME: 'D', SORT: 1 }));
    rest.handle({ 'department.get': (p) => (Number(p.start) < 100 ? rows(Number(p.start), 50) : rows(Number(p.start), 10)) });
    expect(await fetchDepartments()).toHaveLength(110);
    expect(rest.calls.map((c) => [c.method, c.params.start])).toEqual([
      ['department.get', 0],
      ['department.get', 50],
      ['department.get', 100],
    ]);
  });

  it('stops when a portal without a total ignores `start` (the same page again)', async () => {
    rest.handle({ 'department.get': () => Array.from({ length: 50 }, (_, i) => ({ ID: String(i + 1), NAME: 'D', SORT: 1 })) });
    expect(await fetchDepartments()).toHaveLength(50);
    expect(rest.calls).toHaveLength(2);
  });

  it('keeps a department listed on two pages once', async () => {
    rest.handle({
      'department.get': (p) => listAnswer(Array.from({ length: 50 }, (_, i) => ({ ID: String(Number(p.start) + i), NAME: 'D', SORT: 1 })).filter((d) => d.ID !== '0'), 99),
    });
    const departments = await fetchDepartments();
    expect(new Set(departments.map((d) => d.id)).size).toBe(departments.length);
  });

  it('reads im.user.list.get as an object keyed by id, or nothing', async () => {
    rest.handle({ 'im.user.list.get': () => ({ '5': imUser({ id: 5 }), '6': { ...imUser({ id: 6 }), id: '6' }, '7': null }) });
    expect((await fetchPeopleByIds([5, 6, 7])).map((p) => p.id)).toEqual([5, 6]);
    for (const nothing of [[], {}, null, false]) {
      rest.handle({ 'im.user.list.get': () => nothing });
      expect(await fetchPeopleByIds([5])).toEqual([]);
    }
  });

  it('reads dialog users without total or next, as an object, skipping entries without an id', async () => {
    rest.handle({ 'im.dialog.users.list': () => ({ '1': imUser({ id: 1 }), '2': { ...imUser({ id: 2 }), id: '2' }, x: { name: 'no id' } }) });
    expect(await fetchDialogUsers('chat1', { limit: 200 })).toMatchObject({ total: 3, totalExact: false, next: null });
    rest.handle({ 'im.dialog.users.list': () => listAnswer(Array.from({ length: 50 }, (_, i) => imUser({ id: i + 1 })), 0, true) });
    // LIMIT 200 asked, 50 given and `next` sent: more to come right after them.
    expect(await fetchDialogUsers('chat1', { limit: 200 })).toMatchObject({ total: 51, totalExact: false, next: 50 });
  });

  it('reads chat member ids as numbers or strings, in an array or an object', async () => {
    rest.handle({ 'im.chat.user.list': () => ['99', 1269, '1269', 'x'] });
    expect(await fetchChatMemberIds(12)).toEqual([99, 1269]);
    rest.handle({ 'im.chat.user.list': () => ({ '0': 5, '1': '6' }) });
    expect(await fetchChatMemberIds(12)).toEqual([5, 6]);
  });

  it('reads recent items with numeric or "chatN" ids, chat_id missing, a partial user, or a bare array', async () => {
    const items = [
      { id: 'chat3', type: 'chat', title: 'Team', avatar: { url: '/a.png', color: '#fff' } },
      { id: '47', type: 'user', user: { id: 47, name: 'Anna' }, avatar: '' },
      { id: 48, user: { id: 48 } },
      { type: 'chat', title: 'No id' },
      null,
    ];
    rest.handle({ 'im.recent.list': () => ({ items, hasMorePages: 'N' }) });
    const chats = await fetchRecentChats();
    expect(chats.map((c) => [c.dialogId, c.chatId, c.type, c.userId, c.title, c.avatarUrl])).toEqual([
      ['chat3', 3, 'chat', null, 'Team', 'https://portal.example/a.png'],
      ['47', null, 'user', 47, 'Anna', null],
      ['48', null, 'user', 48, '48', null],
    ]);
    rest.handle({ 'im.recent.list': () => items.slice(0, 1) });
    expect((await fetchRecentChats()).map((c) => c.dialogId)).toEqual(['chat3']);
  });

  it('reads my status in any letter case', async () => {
    rest.handle({ 'im.user.status.get': () => 'DND' });
    expect(await fetchMyStatus()).toBe('dnd');
    rest.handle({ 'im.user.status.get': () => 'offline' });
    expect(await fetchMyStatus()).toBeNull();
  });

  it('reads app.info with INSTALLED as "Y"/"N"', async () => {
    rest.handle({ 'app.info': () => ({ ID: '9', CODE: 'local.x', VERSION: '2', STATUS: 'L', INSTALLED: 'Y' }) });
    expect(await fetchAppInfo()).toEqual({ installed: true, code: 'local.x', version: '2', status: 'L' });
  });
});

describe('request budget (the portal limits requests: 2/s, bursts of 50)', () => {
  it('never asks per person: 3 000 ids take 2 batch requests of ≤50 commands, ≤50 ids each', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => i + 1);
    expect(await fetchPeopleByIds(ids)).toHaveLength(3000);
    expect(rest.batches.map((keys) => keys.length)).toEqual([50, 10]);
    expect(rest.calls.filter((c) => c.method !== 'im.user.list.get').map((c) => c.method)).toEqual(['batch', 'batch']);
    const sizes = rest.calls.filter((c) => c.method === 'im.user.list.get').map((c) => (c.params.ID as number[]).length);
    expect(Math.max(...sizes)).toBe(50);
    expect(sizes).toHaveLength(60);
  });

  it('reads 2 600 departments in 3 requests when the portal counts them', async () => {
    rest.handle({
      'department.get': (p) =>
        listAnswer(Array.from({ length: 50 }, (_, i) => ({ ID: String(Number(p.start) + i + 1), NAME: 'D', SORT: 1 })), 2600),
    });
    expect(await fetchDepartments()).toHaveLength(2600);
    const requests = rest.calls.length - rest.batches.flat().length;
    expect(requests).toBe(3); // the first page, then 51 pages in batches of 50 + 1
    expect(rest.batches.map((keys) => keys.length)).toEqual([50, 1]);
  });

  it('refuses an im.user.list.get command with more than 50 ids before anything is sent', () => {
    expect(() => cmd.peopleByIds(Array.from({ length: 51 }, (_, i) => i + 1))).toThrow(RangeError);
    expect(rest.calls).toEqual([]);
  });
});
