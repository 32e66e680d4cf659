import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { USER_BRIEF_FIELDS, problemsUserRow } from '../testing/reference-shapes';

type Row = Record<string, unknown> & { ID: string };
const ids = (rows: Row[]) => rows.map((r) => Number(r.ID));

let h: Harness;
let me: Row;
let departments: { ID: string; NAME: string }[];
beforeAll(async () => {
  h = await startPortal();
  me = (await h.call('user.current')).body.result;
  departments = (await h.call('department.get')).body.result;
});
afterAll(() => h.close());

describe('user.search', () => {
  it('FIND matches word prefixes of the name, case-insensitive, same envelope as user.get', async () => {
    const r = await h.call('user.search', { FILTER: { FIND: String(me.LAST_NAME).slice(0, 4).toLowerCase() } });
    expect(r.status).toBe(200);
    expect(ids(r.body.result)).toContain(1);
    expect(typeof r.body.total).toBe('number');
    for (const row of r.body.result) expect(problemsUserRow(row, USER_BRIEF_FIELDS)).toEqual([]);
  });

  it('FIND with two words needs both (first + last name)', async () => {
    const both = await h.call('user.search', { FIND: `${me.NAME} ${String(me.LAST_NAME).slice(0, 2)}` });
    expect(ids(both.body.result)).toContain(1);
    const wrong = await h.call('user.search', { FIND: `${me.NAME} zzz` });
    expect(wrong.body.result).toEqual([]);
    expect(wrong.body.total).toBe(0);
  });

  it('FIND matches the job title and department names', async () => {
    const byPosition = await h.call('user.search', { FIND: String(me.WORK_POSITION).split(' ')[0] });
    expect(ids(byPosition.body.result)).toContain(1);
    const dep = departments.find((d) => d.ID === String((me.UF_DEPARTMENT as number[])[0]));
    const byDep = await h.call('user.search', { FIND: String(dep?.NAME).split(/\s/)[0], start: 0 });
    const all: Row[] = [...byDep.body.result];
    let next = byDep.body.next;
    while (next !== undefined) {
      const more = await h.call('user.search', { FIND: String(dep?.NAME).split(/\s/)[0], start: next });
      all.push(...more.body.result);
      next = more.body.next;
    }
    expect(ids(all)).toContain(1);
  });

  it('FILTER keys NAME / LAST_NAME / WORK_POSITION / UF_DEPARTMENT_NAME match prefixes', async () => {
    const r = await h.call('user.search', { FILTER: { NAME: String(me.NAME).slice(0, 3), LAST_NAME: String(me.LAST_NAME) } });
    expect(ids(r.body.result)).toContain(1);
    expect(r.body.result.every((row: Row) => String(row.NAME).toLowerCase().startsWith(String(me.NAME).slice(0, 3).toLowerCase()))).toBe(true);
    const ext = await h.call('user.search', { FILTER: { USER_TYPE: 'extranet' } });
    expect(ext.body.result.every((row: Row) => row.USER_TYPE === 'extranet')).toBe(true);
  });

  it('never returns bots; HTML in names is found and returned intact', async () => {
    const bot = await h.call('user.search', { FIND: 'HR-бот' });
    expect(bot.body.result).toEqual([]);
    const html = await h.call('user.search', { FIND: 'hacker' });
    expect(html.body.result[0].NAME).toBe('<img src=x onerror=alert(1)>Hacker');
  });
});
