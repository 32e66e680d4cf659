import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { ATOM, problemsError, problemsImUser } from '../testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.reset();
});

describe('im.user.get', () => {
  it('returns the current user without ID, in the reference shape', async () => {
    const r = await h.call('im.user.get');
    expect(r.status).toBe(200);
    expect(problemsImUser(r.body.result)).toEqual([]);
    expect(r.body.result.id).toBe(1);
    expect(r.body.result.avatar).toBe(`${h.base}/avatars/1.svg`);
  });

  it('returns another user by ID (string ids too)', async () => {
    const r = await h.call('im.user.get', { ID: '12' });
    expect(r.body.result.id).toBe(12);
    expect(problemsImUser(r.body.result)).toEqual([]);
  });

  it('400 ID_EMPTY for ID <= 0 or junk', async () => {
    for (const ID of [0, -5, 'abc']) {
      const r = await h.call('im.user.get', { ID });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'ID_EMPTY', error_description: "User ID can't be empty" });
    }
  });

  it('400 USER_NOT_EXISTS for an unknown id', async () => {
    const r = await h.call('im.user.get', { ID: 999999 });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'USER_NOT_EXISTS', error_description: 'User is not exists' });
  });

  it('403 ACCESS_DENIED when an extranet caller asks for someone outside its groups', async () => {
    const state = (await h.control('state')).body;
    const extranet = state.portal.edgeCases.extranet;
    await h.control('config', 'PATCH', { currentUserId: extranet });
    const token = (await h.newSession()).AUTH_ID;
    const chats = (await h.control('chats')).body as { memberIds: number[] }[];
    const contacts = new Set(chats.filter((c) => c.memberIds.includes(extranet)).flatMap((c) => c.memberIds));
    const stranger = state.portal.users as number;
    const outsider = [...Array(stranger).keys()].map((i) => i + 1).find((id) => !contacts.has(id) && id > 11) ?? 0;
    const denied = await h.call('im.user.get', { ID: outsider }, { token });
    expect(denied.status).toBe(403);
    expect(problemsError(denied.body, 'ACCESS_DENIED')).toEqual([]);
    const contact = [...contacts].find((id) => id !== extranet) ?? 1;
    expect((await h.call('im.user.get', { ID: contact }, { token })).status).toBe(200);
    const list = await h.call('im.user.list.get', { ID: [contact, outsider], RESULT_TYPE: 'array' }, { token });
    expect(list.body.result.map((u: { id: number }) => u.id)).toEqual([contact]);
  });
});

describe('im.user.list.get', () => {
  it('answers an object keyed by id by default, skipping unknown ids', async () => {
    const r = await h.call('im.user.list.get', { ID: [4, 5, 424242] });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.result)).toEqual(['4', '5']);
    expect(problemsImUser(r.body.result['4'])).toEqual([]);
  });

  it('RESULT_TYPE=array answers a plain array in the requested order', async () => {
    const r = await h.call('im.user.list.get', { ID: [5, 4], RESULT_TYPE: 'array' });
    expect(r.body.result.map((u: { id: number }) => u.id)).toEqual([5, 4]);
  });

  it('accepts ID as a JSON string', async () => {
    const r = await h.call('im.user.list.get', { ID: '[4,5]', RESULT_TYPE: 'array' });
    expect(r.body.result).toHaveLength(2);
  });

  it('prints [] (PHP empty array) when none of the ids exist', async () => {
    const r = await h.call('im.user.list.get', { ID: [900001] });
    expect(r.body.result).toEqual([]);
  });

  it('400 INVALID_FORMAT for a missing, scalar or malformed ID', async () => {
    for (const params of [{}, { ID: 5 }, { ID: 'not json' }, { ID: [] }]) {
      const r = await h.call('im.user.list.get', params);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'INVALID_FORMAT', error_description: 'A wrong format for the ID field is passed' });
    }
  });
});

describe('im.user.status.*', () => {
  it('get returns the chosen status; set stores it (result true) and im.user.get shows it', async () => {
    const before = await h.call('im.user.status.get');
    expect(before.body.result).toBe('online');
    const set = await h.call('im.user.status.set', { STATUS: 'dnd' });
    expect(set.status).toBe(200);
    expect(set.body.result).toBe(true);
    expect((await h.call('im.user.status.get')).body.result).toBe('dnd');
    expect((await h.call('im.user.get')).body.result.status).toBe('dnd');
  });

  it('400 STATUS_ERROR for unknown values and wrong case; status unchanged', async () => {
    for (const STATUS of ['DND', 'offline', '', undefined]) {
      const r = await h.call('im.user.status.set', STATUS === undefined ? {} : { STATUS });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'STATUS_ERROR', error_description: 'Status is not available' });
    }
    expect((await h.call('im.user.status.get')).body.result).toBe('online');
  });

  it('idle.start sets idle AGO minutes back (default 10, minimum 1); idle.end clears it', async () => {
    const at = Date.now();
    expect((await h.call('im.user.status.idle.start')).body.result).toBe(true);
    let idle = Date.parse((await h.call('im.user.get')).body.result.idle);
    expect(Math.abs(at - 10 * 60_000 - idle)).toBeLessThan(5_000);
    await h.call('im.user.status.idle.start', { AGO: 30 });
    idle = Date.parse((await h.call('im.user.get')).body.result.idle);
    expect(Math.abs(at - 30 * 60_000 - idle)).toBeLessThan(5_000);
    await h.call('im.user.status.idle.start', { AGO: 0 });
    const idleText = (await h.call('im.user.get')).body.result.idle;
    expect(idleText).toMatch(ATOM);
    expect(Math.abs(at - 60_000 - Date.parse(idleText))).toBeLessThan(5_000);
    expect((await h.call('im.user.status.idle.end')).body.result).toBe(true);
    expect((await h.call('im.user.get')).body.result.idle).toBe(false);
  });
});
