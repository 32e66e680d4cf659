import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { IM_DEPARTMENT_KEYS, problemsImUser } from '../testing/reference-shapes';

let h: Harness;
let departments: { ID: string; NAME: string; PARENT?: string; UF_HEAD?: string }[];
beforeAll(async () => {
  h = await startPortal();
  departments = (await h.call('department.get')).body.result;
});
afterAll(() => h.close());

describe('im.department.get', () => {
  it('returns {id, name, full_name, manager_user_id} for the given ids', async () => {
    const withHead = departments.find((d) => d.UF_HEAD && d.PARENT) as (typeof departments)[number];
    const parent = departments.find((d) => d.ID === withHead.PARENT);
    const r = await h.call('im.department.get', { ID: [Number(withHead.ID)] });
    expect(r.status).toBe(200);
    const [dep] = r.body.result;
    expect(Object.keys(dep)).toEqual(IM_DEPARTMENT_KEYS);
    expect(dep).toEqual({ id: Number(withHead.ID), name: withHead.NAME, full_name: `${withHead.NAME} / ${parent?.NAME}`, manager_user_id: Number(withHead.UF_HEAD) });
  });

  it('USER_DATA=Y adds manager_user_data (an im user object); ID may be a JSON string', async () => {
    const withHead = departments.find((d) => d.UF_HEAD) as (typeof departments)[number];
    const r = await h.call('im.department.get', { ID: `[${withHead.ID}]`, USER_DATA: 'Y' });
    const [dep] = r.body.result;
    expect(Object.keys(dep)).toEqual([...IM_DEPARTMENT_KEYS, 'manager_user_data']);
    expect(problemsImUser(dep.manager_user_data)).toEqual([]);
    expect(dep.manager_user_data.id).toBe(Number(withHead.UF_HEAD));
  });

  it('400 INVALID_FORMAT without a usable ID', async () => {
    for (const params of [{}, { ID: 3 }, { ID: 'x' }]) {
      const r = await h.call('im.department.get', params);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'INVALID_FORMAT', error_description: 'A wrong format for the ID field is passed' });
    }
  });
});

describe('im.department.employees.get', () => {
  it('answers an object keyed by department id with active employee ids', async () => {
    const ids = departments.slice(1, 3).map((d) => Number(d.ID));
    const r = await h.call('im.department.employees.get', { ID: ids });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.result).sort()).toEqual(ids.map(String).sort());
    const users = (await h.call('user.get', { filter: { UF_DEPARTMENT: ids[0], ACTIVE: true, USER_TYPE: 'employee' } })).body;
    expect(r.body.result[String(ids[0])].length).toBe(users.total);
  });

  it('USER_DATA=Y gives im user objects', async () => {
    const id = Number(departments[1]?.ID);
    const r = await h.call('im.department.employees.get', { ID: [id], USER_DATA: 'Y' });
    const list = r.body.result[String(id)];
    expect(list.length).toBeGreaterThan(0);
    expect(problemsImUser(list[0])).toEqual([]);
  });

  it('400 ID_EMPTY without ids', async () => {
    for (const params of [{}, { ID: [] }, { ID: [0] }]) {
      const r = await h.call('im.department.employees.get', params);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'ID_EMPTY', error_description: "Department ID can't be empty" });
    }
  });
});

describe('im.department.managers.get', () => {
  it('answers the head of each department (ids, or im user objects with USER_DATA=Y)', async () => {
    const withHead = departments.find((d) => d.UF_HEAD) as (typeof departments)[number];
    const without = departments.find((d) => !d.UF_HEAD) as (typeof departments)[number];
    const r = await h.call('im.department.managers.get', { ID: [Number(withHead.ID), Number(without.ID)] });
    expect(r.status).toBe(200);
    expect(r.body.result).toEqual({ [withHead.ID]: [Number(withHead.UF_HEAD)], [without.ID]: [] });
    const full = await h.call('im.department.managers.get', { ID: [Number(withHead.ID)], USER_DATA: 'Y' });
    expect(problemsImUser(full.body.result[withHead.ID][0])).toEqual([]);
    expect((await h.call('im.department.managers.get', {})).body.error).toBe('ID_EMPTY');
  });
});

describe('im.department.colleagues.list', () => {
  it('lists people of my departments, 10 by default with total and next', async () => {
    const me = (await h.call('user.current')).body.result;
    const r = await h.call('im.department.colleagues.list');
    expect(r.status).toBe(200);
    expect(r.body.result.length).toBeLessThanOrEqual(10);
    const mates = (await h.call('user.get', { filter: { UF_DEPARTMENT: me.UF_DEPARTMENT, ACTIVE: true, USER_TYPE: 'employee' } })).body;
    expect(r.body.total).toBe(mates.total - 1);
    if (r.body.total > 10) expect(r.body.next).toBe(10);
    expect(r.body.result).not.toContain(1);
    const page = await h.call('im.department.colleagues.list', { USER_DATA: 'Y', LIMIT: 500, OFFSET: 1 });
    expect(page.body.result).toHaveLength(Math.min(50, r.body.total - 1));
    expect(problemsImUser(page.body.result[0])).toEqual([]);
  });

  it('a department head also gets the people below and the other heads', async () => {
    const head = departments.find((d) => d.UF_HEAD && d.PARENT === '1') as (typeof departments)[number];
    await h.control('config', 'PATCH', { currentUserId: Number(head.UF_HEAD) });
    const token = (await h.newSession()).AUTH_ID;
    const all: number[] = (await h.call('im.department.colleagues.list', { LIMIT: 50 }, { token })).body.result;
    const otherHead = departments.find((d) => d.UF_HEAD && d.UF_HEAD !== head.UF_HEAD && d.PARENT !== head.ID)?.UF_HEAD;
    const total = (await h.call('im.department.colleagues.list', {}, { token })).body.total;
    let ids = all;
    for (let offset = 50; offset < total; offset += 50) {
      ids = ids.concat((await h.call('im.department.colleagues.list', { LIMIT: 50, OFFSET: offset }, { token })).body.result);
    }
    expect(ids).toContain(Number(otherHead));
    const child = departments.find((d) => d.PARENT === head.ID);
    if (child) {
      const below = (await h.call('im.department.employees.get', { ID: [Number(child.ID)] }, { token })).body.result[child.ID] as number[];
      for (const id of below.filter((id) => id !== Number(head.UF_HEAD))) expect(ids).toContain(id);
    }
    await h.control('config', 'PATCH', { currentUserId: 1 });
  });
});

describe('im.search.department.list', () => {
  it('matches word prefixes of full_name; a phrase under 2 characters lists every department', async () => {
    const dep = departments.find((d) => d.PARENT && d.NAME.length > 5) as (typeof departments)[number];
    const word = dep.NAME.split(/\s+/)[0]!.slice(0, 4).toLowerCase();
    const r = await h.call('im.search.department.list', { FIND: word, LIMIT: 50 });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.result[0])).toEqual(IM_DEPARTMENT_KEYS);
    expect(r.body.result.map((d: { id: number }) => d.id)).toContain(Number(dep.ID));
    const everything = await h.call('im.search.department.list', { FIND: '' });
    expect(everything.body.total).toBe(departments.length);
    expect(everything.body.result).toHaveLength(10);
    expect(everything.body.next).toBe(10);
    const missing = await h.call('im.search.department.list');
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: 'FIND_SHORT', error_description: 'Too short a search phrase.' });
  });
});

describe('intranet only', () => {
  it('403 ACCESS_ERROR for an extranet caller', async () => {
    const extranet = (await h.control('state')).body.portal.edgeCases.extranet;
    await h.control('config', 'PATCH', { currentUserId: extranet });
    const token = (await h.newSession()).AUTH_ID;
    const methods = ['im.department.get', 'im.department.employees.get', 'im.department.managers.get', 'im.department.colleagues.list', 'im.search.department.list'];
    for (const method of methods) {
      const r = await h.call(method, { ID: [1], FIND: '' }, { token });
      expect(r.status).toBe(403);
      expect(r.body).toEqual({ error: 'ACCESS_ERROR', error_description: 'Only intranet users have access to this method' });
    }
    await h.control('config', 'PATCH', { currentUserId: 1 });
  });
});
