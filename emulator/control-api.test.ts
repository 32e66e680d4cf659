import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from './testing/harness';
import { problemsImUser } from './testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal({ users: 120, seed: 7 });
});
afterAll(() => h.close());

describe('GET /emulator-api/state', () => {
  it('has the contract keys and the edge-case ids', async () => {
    const r = await h.control('state');
    expect(r.status).toBe(200);
    const s = r.body;
    expect(Object.keys(s)).toEqual(['config', 'portal', 'currentUser', 'bucket', 'faults', 'userOptions', 'appOptions', 'placements']);
    expect(Object.keys(s.config).sort()).toEqual(
      ['lang', 'placement', 'placementOptions', 'install', 'isAdmin', 'currentUserId', 'bucketEnabled', 'presenceChurn', 'authExpiresSec', 'scopes'].sort(),
    );
    expect(s.portal).toMatchObject({ domain: new URL(h.base).host, users: 120, installed: true, seed: 7 });
    expect(s.portal.memberId).toMatch(/^[0-9a-f]{32}$/);
    expect(s.portal.edgeCases).toEqual({ noAvatar: 2, nullPosition: 3, noPhones: 4, fired: 5, extranet: 6, bot: 7, longName: 8, htmlName: 9, emailUser: 10, openlines: 11 });
    expect(s.currentUser.id).toBe(1);
    expect(typeof s.currentUser.name).toBe('string');
  });

  it('answers CORS preflights and carries CORS headers', async () => {
    const pre = await fetch(`${h.base}/emulator-api/config`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173' } });
    expect(pre.status).toBe(200);
    expect(pre.headers.get('access-control-allow-methods')).toContain('PATCH');
    const r = await fetch(`${h.base}/emulator-api/state`, { headers: { origin: 'http://localhost:5173' } });
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('config, reset, options, install-finish', () => {
  it('PATCH config merges known keys and ignores junk', async () => {
    const s = (await h.control('config', 'PATCH', { lang: 'ru', placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' }, junk: 1, currentUserId: 999999 })).body;
    expect(s.config).toMatchObject({ lang: 'ru', placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' }, currentUserId: 1 });
    expect(s.config).not.toHaveProperty('junk');
  });

  it('options are stored per kind and show in the state', async () => {
    await h.control('options', 'POST', { kind: 'user', name: 'dndUntil', value: '2026-03-02T10:00:00+03:00' });
    const s = (await h.control('options', 'POST', { kind: 'app', name: 'theme', value: 'dark' })).body;
    expect(s.userOptions).toEqual({ dndUntil: '2026-03-02T10:00:00+03:00' });
    expect(s.appOptions).toEqual({ theme: 'dark' });
    expect((await h.control('options', 'POST', { kind: 'x', name: 'a' })).status).toBe(400);
  });

  it('reset regenerates from (users, seed), applies config and clears options, tokens and logs', async () => {
    await h.call('server.time');
    const s = (await h.control('reset', 'POST', { users: 60, seed: 3, install: true, lang: 'de' })).body;
    expect(s.portal.users).toBe(60);
    expect(s.portal.seed).toBe(3);
    expect(s.portal.installed).toBe(false);
    expect(s.config.lang).toBe('de');
    expect(s.userOptions).toEqual({});
    expect(s.appOptions).toEqual({});
    expect((await h.control('log')).body.entries).toEqual([]);
    expect((await h.call('server.time')).status).toBe(401);
    const finished = (await h.control('install-finish', 'POST')).body;
    expect(finished.portal.installed).toBe(true);
    expect(finished.config.install).toBe(false);
    await h.reset({ users: 120, seed: 7 });
  });
});

describe('session, users, chats, frame log', () => {
  it('session issues AUTH_ID/REFRESH_ID for the current user', async () => {
    const s = await h.newSession();
    expect(Object.keys(s)).toEqual(['AUTH_ID', 'AUTH_EXPIRES', 'REFRESH_ID', 'MEMBER_ID', 'DOMAIN']);
    expect(s.AUTH_EXPIRES).toBe(3600);
    expect(s.DOMAIN).toBe(new URL(h.base).host);
    expect((await h.call('user.current', {}, { token: s.AUTH_ID })).body.result.ID).toBe('1');
  });

  it('users/:id tells the internal truth', async () => {
    const r = await h.control('users/5');
    expect(Object.keys(r.body)).toEqual(['imUser', 'userRow', 'fired', 'userType', 'status', 'idle']);
    expect(r.body.fired).toBe(true);
    expect(problemsImUser(r.body.imUser)).toEqual([]);
    expect(r.body.userRow.ACTIVE).toBe(false);
    expect((await h.control('users/7')).body.userType).toBe('bot');
    expect((await h.control('users/99999')).status).toBe(404);
  });

  it('chats lists id, dialogId, title, memberIds, type; every chat has a title', async () => {
    const chats = (await h.control('chats')).body as { id: number; dialogId: string; title: string; memberIds: number[]; type: string }[];
    expect(chats[0]).toMatchObject({ id: 1, dialogId: 'chat1', type: 'open' });
    const privateChat = chats.find((c) => /^\d+$/.test(c.dialogId));
    expect(privateChat?.memberIds).toContain(Number(privateChat?.dialogId));
    expect(privateChat?.type).toBe('private');
    expect(chats.every((c) => c.title !== '')).toBe(true);
    // a 1:1 dialog of two other users (the extranet user's) is named after both
    const others = chats.find((c) => c.type === 'private' && !c.memberIds.includes(1));
    expect(others?.dialogId).toBe(`chat${others?.id}`);
    expect(others?.title).toContain(' — ');
  });

  it('users lists compact rows for pickers with query, paging and filters', async () => {
    const all = (await h.control('users')).body;
    expect(all.total).toBe(120);
    expect(all.users).toHaveLength(50);
    expect(all.users[0]).toEqual({
      id: 1,
      name: expect.any(String),
      position: expect.any(String),
      avatar: `${h.base}/avatars/1.svg`,
      active: true,
      userType: 'employee',
    });
    const page = (await h.control('users?limit=10&offset=100')).body;
    expect(page.users.map((u: { id: number }) => u.id)).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
    expect((await h.control('users?query=7')).body.users.map((u: { userType: string }) => u.userType)).toEqual(['bot']);
    const picker = (await h.control('users?userType=employee&active=1&limit=500')).body;
    expect(picker.users.some((u: { id: number }) => [5, 6, 7].includes(u.id))).toBe(false);
    const name = String(all.users[20].name).split(' ')[0] ?? '';
    const found = (await h.control(`users?query=${encodeURIComponent(name.toUpperCase())}`)).body;
    expect(found.users.map((u: { id: number }) => u.id)).toContain(21);
  });

  it('frame log: the shell posts entries, GET lists them, DELETE log clears both logs', async () => {
    const posted = (await h.control('frame-log', 'POST', { command: 'resizeWindow', params: { width: 100, height: 50 }, answered: true })).body;
    expect(posted).toMatchObject({ command: 'resizeWindow', params: { width: 100, height: 50 }, answered: true });
    expect((await h.control('frame-log')).body.entries.at(-1)).toMatchObject({ command: 'resizeWindow' });
    await h.control('log', 'DELETE');
    expect((await h.control('frame-log')).body.entries).toEqual([]);
  });

  it('unknown control routes answer 404; bad JSON answers 400', async () => {
    expect((await h.control('nope')).status).toBe(404);
    const bad = await fetch(`${h.base}/emulator-api/config`, { method: 'PATCH', body: '{oops' });
    expect(bad.status).toBe(400);
  });
});
