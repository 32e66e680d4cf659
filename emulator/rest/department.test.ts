import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { DEPARTMENT_ROW_KEYS } from '../testing/reference-shapes';

type Dep = { ID: string; NAME: string; SORT: number; PARENT?: string; UF_HEAD?: string };

let h: Harness;
beforeAll(async () => {
  h = await startPortal({ users: 10_000 });
});
afterAll(() => h.close());

async function everything(params: Record<string, unknown> = {}): Promise<Dep[]> {
  const out: Dep[] = [];
  let start = 0;
  for (;;) {
    const r = await h.call('department.get', { ...params, START: start });
    out.push(...r.body.result);
    if (r.body.next === undefined) return out;
    start = r.body.next;
  }
}

describe('department.get', () => {
  it('rows follow the reference: string ID/PARENT/UF_HEAD, numeric SORT, root without PARENT', async () => {
    const r = await h.call('department.get');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['result', 'total', 'time']);
    const rows = r.body.result as Dep[];
    expect(rows.length).toBe(r.body.total);
    for (const row of rows) {
      expect(Object.keys(row).every((k) => DEPARTMENT_ROW_KEYS.includes(k))).toBe(true);
      expect(typeof row.ID).toBe('string');
      expect(typeof row.SORT).toBe('number');
      if (row.PARENT !== undefined) expect(row.PARENT).toMatch(/^\d+$/);
      if (row.UF_HEAD !== undefined) expect(row.UF_HEAD).toMatch(/^\d+$/);
    }
    const roots = rows.filter((d) => d.PARENT === undefined);
    expect(roots).toHaveLength(1);
  });

  it('a 10,000-user portal has 40 departments nested 3 levels below the root', async () => {
    const rows = await everything();
    expect(rows).toHaveLength(40);
    const byId = new Map(rows.map((d) => [d.ID, d]));
    const depth = (d: Dep): number => (d.PARENT ? 1 + depth(byId.get(d.PARENT) as Dep) : 0);
    expect(Math.max(...rows.map(depth))).toBe(3);
  });

  it('filters by PARENT / ID / NAME and sorts with sort+order', async () => {
    const children = (await h.call('department.get', { PARENT: 1, sort: 'NAME', order: 'DESC' })).body.result as Dep[];
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((d) => d.PARENT === '1')).toBe(true);
    const names = children.map((d) => d.NAME.toLowerCase().replace(/ё/g, 'е'));
    expect(names).toEqual([...names].sort().reverse());
    const one = (await h.call('department.get', { ID: children[0]?.ID })).body.result as Dep[];
    expect(one.map((d) => d.ID)).toEqual([children[0]?.ID]);
    const byName = (await h.call('department.get', { NAME: children[0]?.NAME })).body.result as Dep[];
    expect(byName.map((d) => d.ID)).toContain(children[0]?.ID);
    const byId = (await h.call('department.get', { sort: 'ID' })).body.result as Dep[];
    expect(byId.map((d) => Number(d.ID))).toEqual(byId.map((d) => Number(d.ID)).sort((a, b) => a - b));
  });

  it('403 insufficient_scope without the department scope', async () => {
    await h.control('config', 'PATCH', { scopes: ['im'] });
    const r = await h.call('department.get');
    expect(r.status).toBe(403);
    expect(r.body.error).toBe('insufficient_scope');
    await h.control('config', 'PATCH', { scopes: ['im', 'department', 'user_brief'] });
  });
});
