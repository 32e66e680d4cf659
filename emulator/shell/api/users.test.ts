import { describe, expect, it } from 'vitest';
import { createControlClient } from './control-client';
import type { EmulatorUser } from './control-types';
import { loadPortalUsers, matchesUserQuery, toPortalUser, toSelectedUser } from './users';

function emulatorUser(im: Record<string, unknown>, row: Record<string, unknown> = {}): EmulatorUser {
  return { imUser: im, userRow: row, fired: false, userType: 'employee', status: 'online', idle: false };
}

describe('toPortalUser', () => {
  it('prefers the im user name and falls back to the user row, then to the id', () => {
    expect(toPortalUser(5, emulatorUser({ name: 'Anna Ivanova', work_position: 'QA', avatar: '/a.png' }))).toEqual({
      id: 5,
      name: 'Anna Ivanova',
      position: 'QA',
      photo: '/a.png',
      fired: false,
      kind: 'employee',
    });
    expect(toPortalUser(6, emulatorUser({}, { NAME: 'Ivan', LAST_NAME: 'Petrov', WORK_POSITION: 'Dev' })).name).toBe(
      'Ivan Petrov',
    );
    expect(toPortalUser(7, emulatorUser({})).name).toBe('User #7');
  });
});

describe('toSelectedUser', () => {
  it('has the SelectedUser shape with a string id and a profile url', () => {
    expect(toSelectedUser({ id: 3, name: 'A B', position: 'P', photo: '', fired: false, kind: 'employee' })).toEqual({
      id: '3',
      name: 'A B',
      photo: '',
      position: 'P',
      url: '/company/personal/user/3/',
      sub: false,
      sup: false,
    });
  });
});

describe('matchesUserQuery', () => {
  const anna = { id: 12, name: 'Anna Ivanova', position: 'Designer', photo: '', fired: false, kind: 'employee' };
  it('matches by name, position or exact id', () => {
    expect(matchesUserQuery(anna, 'ann')).toBe(true);
    expect(matchesUserQuery(anna, 'DESIGN')).toBe(true);
    expect(matchesUserQuery(anna, '12')).toBe(true);
    expect(matchesUserQuery(anna, '1')).toBe(false);
    expect(matchesUserQuery(anna, 'bob')).toBe(false);
    expect(matchesUserQuery(anna, ' ')).toBe(true);
  });
});

describe('loadPortalUsers', () => {
  it('asks for each id, skips missing ones and sorts by id', async () => {
    const asked: string[] = [];
    const fakeFetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      const id = Number(url.split('/').pop());
      if (id === 2) return new Response('not found', { status: 404 });
      return new Response(JSON.stringify(emulatorUser({ name: `User ${id}` })), { status: 200 });
    }) as typeof fetch;
    const users = await loadPortalUsers(createControlClient('http://p', fakeFetch), 4, 3);
    expect(users.map((u) => u.id)).toEqual([1, 3, 4]);
    expect(asked).toHaveLength(4);
    expect(asked[0]).toBe('http://p/emulator-api/users/1');
  });
});
