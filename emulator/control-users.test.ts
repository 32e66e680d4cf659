import { describe, expect, it } from 'vitest';
import { listUsers, parseUserListQuery, USER_LIST_MAX_LIMIT } from './control-users';
import { EDGE_CASES, generatePortalData } from './seed';

const NOW = Date.UTC(2026, 2, 2, 6, 30);
const data = generatePortalData({ users: 300, seed: 42, now: NOW });
const ORIGIN = 'http://localhost:5184';

describe('listUsers (GET /emulator-api/users)', () => {
  it('pages through every user by id: 50 by default, total before paging', () => {
    const first = listUsers(data, {}, ORIGIN);
    expect(first.total).toBe(300);
    expect(first.users.map((u) => u.id)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const later = listUsers(data, { offset: 290, limit: 20 }, ORIGIN);
    expect(later.users.map((u) => u.id)).toEqual(Array.from({ length: 10 }, (_, i) => i + 291));
    expect(listUsers(data, { limit: 0 }, ORIGIN).users).toHaveLength(1);
    const big = generatePortalData({ users: USER_LIST_MAX_LIMIT + 100, seed: 1, now: NOW });
    expect(listUsers(big, { limit: 100_000 }, ORIGIN).users).toHaveLength(USER_LIST_MAX_LIMIT);
  });

  it('answers compact items: name as im.* prints it, position "" when none, absolute avatar or ""', () => {
    const { users } = listUsers(data, { limit: 12 }, ORIGIN);
    const byId = new Map(users.map((u) => [u.id, u]));
    expect(Object.keys(byId.get(1) ?? {})).toEqual(['id', 'name', 'position', 'avatar', 'active', 'userType']);
    expect(byId.get(1)?.avatar).toBe(`${ORIGIN}/avatars/1.svg`);
    expect(byId.get(EDGE_CASES.noAvatar)?.avatar).toBe('');
    expect(byId.get(EDGE_CASES.nullPosition)?.position).toBe('');
    expect(byId.get(EDGE_CASES.fired)).toMatchObject({ active: false, userType: 'employee' });
    expect(byId.get(EDGE_CASES.bot)?.userType).toBe('bot');
  });

  it('a number is an exact id; words must all appear in the name or position (any case, ё = е)', () => {
    expect(listUsers(data, { query: '12' }, ORIGIN).users.map((u) => u.id)).toEqual([12]);
    expect(listUsers(data, { query: '999999' }, ORIGIN)).toEqual({ total: 0, users: [] });
    const long = listUsers(data, { query: 'преображенская КУТУЗОВА' }, ORIGIN);
    expect(long.users.map((u) => u.id)).toEqual([EDGE_CASES.longName]);
    const norm = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
    const someone = data.users[40]!;
    const part = someone.lastName.slice(1, 5);
    const found = listUsers(data, { query: ` ${part.toUpperCase().replace(/Е/g, 'Ё')} `, limit: 500 }, ORIGIN).users;
    expect(found.map((u) => u.id)).toContain(someone.id);
    expect(found.every((u) => norm(`${u.name} ${u.position}`).includes(norm(part)))).toBe(true);
  });

  it('filters by userType and active (what the selectUser picker lists)', () => {
    const employees = listUsers(data, { userType: 'employee', active: true, limit: 500 }, ORIGIN);
    expect(employees.users.every((u) => u.userType === 'employee' && u.active)).toBe(true);
    expect(employees.users.map((u) => u.id)).not.toContain(EDGE_CASES.fired);
    expect(listUsers(data, { active: false }, ORIGIN).users.map((u) => u.id)).toEqual([EDGE_CASES.fired]);
    expect(listUsers(data, { userType: 'extranet' }, ORIGIN).users.map((u) => u.id)).toEqual([EDGE_CASES.extranet]);
  });
});

describe('parseUserListQuery', () => {
  it('reads known parameters and drops junk', () => {
    expect(parseUserListQuery(new URLSearchParams('query=ann&limit=10&offset=20&userType=bot&active=1'))).toEqual({
      query: 'ann',
      limit: 10,
      offset: 20,
      userType: 'bot',
      active: true,
    });
    expect(parseUserListQuery(new URLSearchParams('limit=x&userType=admin&active=maybe'))).toEqual({});
    expect(parseUserListQuery(new URLSearchParams('active=false')).active).toBe(false);
  });
});
