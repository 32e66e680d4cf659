import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { USER_BASIC_EXTRA, USER_BRIEF_FIELDS, USER_FULL_EXTRA, problemsUserRow } from '../testing/reference-shapes';

type Row = Record<string, unknown> & { ID: string };
const ids = (rows: Row[]) => rows.map((r) => Number(r.ID));
const USERS = 250;

let h: Harness;
let edge: Record<string, number>;
beforeAll(async () => {
  h = await startPortal({ users: USERS });
  edge = (await h.control('state')).body.portal.edgeCases;
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control('config', 'PATCH', { scopes: ['im', 'user_brief', 'department', 'placement'] });
});

async function all(params: Record<string, unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  let start = 0;
  for (;;) {
    const r = await h.call('user.get', { ...params, start });
    rows.push(...r.body.result);
    if (r.body.next === undefined) return rows;
    start = r.body.next;
  }
}

describe('user.get paging and envelope', () => {
  it('pages by 50 with total and next; bots, e-mail and open-lines users never appear', async () => {
    const first = await h.call('user.get');
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual(['result', 'next', 'total', 'time']);
    expect(first.body.result).toHaveLength(50);
    expect(first.body.next).toBe(50);
    expect(first.body.total).toBe(USERS - 3);
    const rows = await all({});
    expect(rows).toHaveLength(USERS - 3);
    expect(ids(rows)).not.toContain(edge.bot);
    expect(ids(rows)).not.toContain(edge.emailUser);
    expect(ids(rows)).not.toContain(edge.openlines);
    expect(ids(rows)).toEqual([...ids(rows)].sort((a, b) => a - b));
  });

  it('last page has no next; start=-1 disables the count', async () => {
    const last = await h.call('user.get', { start: 200 });
    expect(last.body.result).toHaveLength(USERS - 3 - 200);
    expect(last.body).not.toHaveProperty('next');
    const noCount = await h.call('user.get', { start: -1 });
    expect(Object.keys(noCount.body)).toEqual(['result', 'time']);
    expect(noCount.body.result).toHaveLength(50);
  });

  it('supports the SDK keyset walk: filter >ID, order {ID: ASC}, start -1', async () => {
    const page = await h.call('user.get', { filter: { '>ID': 100 }, order: { ID: 'ASC' }, start: -1 });
    expect(ids(page.body.result)[0]).toBe(101);
    expect(page.body.result).toHaveLength(50);
  });
});

describe('user.get fields by scope', () => {
  it('user_brief: only brief fields (no EMAIL, no phones), reference row shape', async () => {
    const rows = (await h.call('user.get')).body.result as Row[];
    for (const row of rows) expect(problemsUserRow(row, USER_BRIEF_FIELDS)).toEqual([]);
    expect(rows[0]).not.toHaveProperty('EMAIL');
  });

  it('user_basic adds EMAIL and phones but not LAST_LOGIN; user adds LAST_LOGIN', async () => {
    await h.control('config', 'PATCH', { scopes: ['user_basic'] });
    const basic = (await h.call('user.get')).body.result as Row[];
    for (const row of basic) expect(problemsUserRow(row, [...USER_BRIEF_FIELDS, ...USER_BASIC_EXTRA])).toEqual([]);
    expect(basic[0]).toHaveProperty('EMAIL');
    expect(basic.some((r) => 'LAST_LOGIN' in r)).toBe(false);
    await h.control('config', 'PATCH', { scopes: ['user'] });
    const full = (await h.call('user.get')).body.result as Row[];
    for (const row of full) expect(problemsUserRow(row, [...USER_BRIEF_FIELDS, ...USER_BASIC_EXTRA, ...USER_FULL_EXTRA])).toEqual([]);
    expect(full.some((r) => 'LAST_LOGIN' in r)).toBe(true);
  });

  it('select narrows the fields; * is everything; unknown and out-of-scope names are dropped', async () => {
    const narrow = (await h.call('user.get', { select: ['ID', 'NAME', 'EMAIL', 'NO_SUCH'] })).body.result as Row[];
    expect(Object.keys(narrow[0] ?? {})).toEqual(['ID', 'NAME']);
    const star = (await h.call('user.get', { select: ['*'] })).body.result as Row[];
    expect(Object.keys(star[0] ?? {}).length).toBeGreaterThan(10);
  });

  it('NULL fields are omitted: no WORK_POSITION for the null-position user, no PERSONAL_PHOTO without avatar', async () => {
    const rows = (await h.call('user.get', { filter: { '@ID': [edge.nullPosition, edge.noAvatar] } })).body.result as Row[];
    const nullPos = rows.find((r) => Number(r.ID) === edge.nullPosition);
    const noAvatar = rows.find((r) => Number(r.ID) === edge.noAvatar);
    expect(nullPos).not.toHaveProperty('WORK_POSITION');
    expect(noAvatar).not.toHaveProperty('PERSONAL_PHOTO');
    const withPhoto = (await h.call('user.get', { filter: { ID: 1 } })).body.result[0];
    expect(withPhoto.PERSONAL_PHOTO).toBe(`${h.base}/avatars/1.svg`);
  });
});

describe('user.get filters', () => {
  it('ACTIVE:true excludes the fired user; ACTIVE:false finds only them', async () => {
    const active = await all({ filter: { ACTIVE: true } });
    expect(ids(active)).not.toContain(edge.fired);
    expect(active.every((r) => r.ACTIVE === true)).toBe(true);
    const fired = (await h.call('user.get', { FILTER: { ACTIVE: 'N' } })).body.result as Row[];
    expect(ids(fired)).toEqual([edge.fired]);
  });

  it('USER_TYPE filters employee / extranet', async () => {
    const ext = (await h.call('user.get', { filter: { USER_TYPE: 'extranet' } })).body.result as Row[];
    expect(ids(ext)).toEqual([edge.extranet]);
    expect(ext[0]?.USER_TYPE).toBe('extranet');
    const employees = await all({ filter: { USER_TYPE: 'employee' } });
    expect(ids(employees)).not.toContain(edge.extranet);
  });

  it('top-level filter keys work like FILTER (docs example UF_DEPARTMENT + SORT/ORDER)', async () => {
    const dep = ((await h.call('user.get', { filter: { ID: 1 } })).body.result[0] as Row).UF_DEPARTMENT as number[];
    const top = await h.call('user.get', { UF_DEPARTMENT: dep[0], SORT: 'ID', ORDER: 'desc' });
    const rows = top.body.result as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => (r.UF_DEPARTMENT as number[]).includes(dep[0] as number))).toBe(true);
    expect(ids(rows)).toEqual([...ids(rows)].sort((a, b) => b - a));
  });

  it('prefixes: @ !@ >= <= ! on ID', async () => {
    expect(ids((await h.call('user.get', { filter: { '@ID': [3, 1, 4] } })).body.result)).toEqual([1, 3, 4]);
    expect(ids((await h.call('user.get', { filter: { '>=ID': 20, '<=ID': 22 } })).body.result)).toEqual([20, 21, 22]);
    const notIn = await h.call('user.get', { filter: { '!@ID': [1, 2], '<ID': 5 } });
    expect(ids(notIn.body.result)).toEqual([3, 4]);
    expect(ids((await h.call('user.get', { filter: { '!ID': 1, '<ID': 3 } })).body.result)).toEqual([2]);
    expect(ids((await h.call('user.get', { filter: { ID: [5, 6] } })).body.result)).toEqual([5, 6]);
  });

  it('string filters: LIKE with % in the value, % substring, !% not-substring, case-insensitive', async () => {
    const me = (await h.call('user.get', { filter: { ID: 1 } })).body.result[0] as Row;
    const name = String(me.NAME);
    const like = await all({ filter: { NAME: `${name.slice(0, 3)}%` } });
    expect(like.every((r) => String(r.NAME).toLowerCase().startsWith(name.slice(0, 3).toLowerCase()))).toBe(true);
    expect(ids(like)).toContain(1);
    const sub = await all({ filter: { '%LAST_NAME': String(me.LAST_NAME).slice(1, 4).toUpperCase() } });
    expect(ids(sub)).toContain(1);
    const notSub = await all({ filter: { '!%LAST_NAME': String(me.LAST_NAME).slice(1, 4) } });
    expect(ids(notSub)).not.toContain(1);
    expect(notSub.length + sub.length).toBe(USERS - 3);
    const exact = await h.call('user.get', { filter: { '=%NAME': `%${name.slice(1)}` } });
    expect(ids(exact.body.result)).toContain(1);
  });

  it('IS_ONLINE, NAME_SEARCH and date filters', async () => {
    const online = await all({ filter: { IS_ONLINE: 'Y' } });
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((r) => r.IS_ONLINE === 'Y')).toBe(true);
    const offline = await all({ filter: { IS_ONLINE: 'N' } });
    expect(online.length + offline.length).toBe(USERS - 3);
    const hacker = await h.call('user.get', { filter: { NAME_SEARCH: 'hack' } });
    expect(ids(hacker.body.result)).toContain(edge.htmlName);
    const since = new Date(Date.now() - 3600_000).toISOString();
    const recent = await all({ filter: { '>LAST_ACTIVITY_DATE': since } });
    expect(recent.every((r) => Date.parse(String(r.LAST_ACTIVITY_DATE)) > Date.parse(since))).toBe(true);
    const junkDate = await h.call('user.get', { filter: { '>LAST_ACTIVITY_DATE': 'yesterday-ish' } });
    expect(junkDate.body.result).toEqual([]);
  });

  it('ignores unknown fields and fields outside the granted scope', async () => {
    const unknown = await h.call('user.get', { filter: { NO_SUCH_FIELD: 'x' } });
    expect(unknown.body.total).toBe(USERS - 3);
    const email = await h.call('user.get', { filter: { EMAIL: 'nobody@nowhere' } });
    expect(email.body.total).toBe(USERS - 3);
    await h.control('config', 'PATCH', { scopes: ['user_basic'] });
    const emailBasic = await h.call('user.get', { filter: { EMAIL: 'nobody@nowhere' } });
    expect(emailBasic.body.total).toBe(0);
  });

  it('sorts by LAST_NAME with sort/order in either case', async () => {
    const rows = await all({ sort: 'LAST_NAME', order: 'ASC', filter: { ACTIVE: true } });
    const names = rows.map((r) => String(r.LAST_NAME).toLowerCase().replace(/ё/g, 'е'));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const desc = (await h.call('user.get', { SORT: 'LAST_NAME', ORDER: 'DESC' })).body.result as Row[];
    expect(String(desc[0]?.LAST_NAME).toLowerCase() >= String(desc[1]?.LAST_NAME).toLowerCase()).toBe(true);
  });
});

describe('user.current', () => {
  it('returns the token owner as one row', async () => {
    const r = await h.call('user.current');
    expect(r.status).toBe(200);
    expect(Array.isArray(r.body.result)).toBe(false);
    expect(r.body.result.ID).toBe('1');
    expect(problemsUserRow(r.body.result, USER_BRIEF_FIELDS)).toEqual([]);
  });
});
