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

describe('intranet only', () => {
  it('403 ACCESS_ERROR for an extranet caller', async () => {
    const extranet = (await h.control('state')).body.portal.edgeCases.extranet;
    await h.control('config', 'PATCH', { currentUserId: extranet });
    const token = (await h.newSession()).AUTH_ID;
    for (const method of ['im.department.get', 'im.department.employees.get']) {
      const r = await h.call(method, { ID: [1] }, { token });
      expect(r.status).toBe(403);
      expect(r.body).toEqual({ error: 'ACCESS_ERROR', error_description: 'Only intranet users have access to this method' });
    }
    await h.control('config', 'PATCH', { currentUserId: 1 });
  });
});
