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
    rest.handle({ 'user.get': () => listAnswer(Array.from({ length: 50 }, (_, i) => userRow(i + 51)), 130) });
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
    rest.handle({ 'im.dialog.users.list': (p) => listAnswer([imUser({ id: Number(p.OFFSET) + 1 }), imUser({ id: Number(p.OFFSET) + 2 })], 5) });
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
