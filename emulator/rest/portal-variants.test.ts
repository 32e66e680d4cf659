import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';

/** The portal variants end to end over HTTP (emulator/variants.ts): state, REST shapes, reset. */

let h: Harness;
beforeAll(async () => {
  h = await startPortal({ users: 400 });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.reset({ users: 400 });
});

const variants = async (patch: Record<string, unknown>) => (await h.control('config', 'PATCH', { variants: patch })).body;
const ids = (rows: { ID: string }[]) => rows.map((r) => Number(r.ID));

describe('control API', () => {
  it('shows config.variants only while one is on; PATCH merges, reset clears', async () => {
    expect((await h.control('state')).body.config).not.toHaveProperty('variants');
    expect((await variants({ listTotals: 'omit' })).config.variants).toEqual({ listTotals: 'omit', ignoreSort: false, initData: 'reference', avatars: 'absolute' });
    expect((await variants({ avatars: 'relative', bogus: 1 })).config.variants).toEqual({
      listTotals: 'omit',
      ignoreSort: false,
      initData: 'reference',
      avatars: 'relative',
    });
    expect((await variants({ listTotals: 'reference', avatars: 'absolute' })).config).not.toHaveProperty('variants');
    await variants({ ignoreSort: true });
    await h.reset({});
    expect((await h.control('state')).body.config).not.toHaveProperty('variants');
  });

  it('takes variants in the reset body', async () => {
    await h.reset({ users: 400, variants: { initData: 'phpStrings' } });
    expect((await h.control('state')).body.config.variants).toMatchObject({ initData: 'phpStrings', listTotals: 'reference' });
  });
});

describe('listTotals', () => {
  it("'omit': the four list methods keep next but lose total; other methods keep theirs", async () => {
    await variants({ listTotals: 'omit' });
    const answers = [
      await h.call('user.get', { FILTER: { ACTIVE: true } }),
      await h.call('user.search', { FIND: 'a' }),
      await h.call('im.dialog.users.list', { DIALOG_ID: 'chat1' }),
    ];
    for (const r of answers) {
      expect(r.status).toBe(200);
      expect(Object.keys(r.body)).toEqual(['result', 'next', 'time']);
    }
    const departments = await h.call('department.get');
    expect(departments.body).not.toHaveProperty('total');
    const search = await h.call('im.search.user.list', { FIND: 'an' });
    expect(search.body).toHaveProperty('total');
  });

  it("'omitBoth': neither total nor next, also inside a batch", async () => {
    await variants({ listTotals: 'omitBoth' });
    const alone = await h.call('user.get', { start: 50 });
    expect(Object.keys(alone.body)).toEqual(['result', 'time']);
    expect(alone.body.result).toHaveLength(50);
    const batch = await h.call('batch', {
      halt: 0,
      cmd: { people: 'user.get?start=0', deps: 'department.get?', members: 'im.dialog.users.list?DIALOG_ID=chat1', me: 'im.user.get?' },
    });
    const { result, result_total: totals, result_next: nexts } = batch.body.result;
    expect(Object.keys(result)).toEqual(['people', 'deps', 'members', 'me']);
    expect(totals).toEqual([]);
    expect(nexts).toEqual([]);
  });

  it('keeps total and next by default', async () => {
    const r = await h.call('im.dialog.users.list', { DIALOG_ID: 'chat1' });
    expect(Object.keys(r.body)).toEqual(['result', 'next', 'total', 'time']);
    expect(r.body.total).toBe(300);
  });
});

describe('ignoreSort', () => {
  it('user.get and user.search answer in ID order whatever sort and order ask for', async () => {
    const asked = { sort: 'LAST_NAME', order: 'DESC', FILTER: { ACTIVE: true } };
    const sorted = ids((await h.call('user.get', asked)).body.result);
    expect(sorted).not.toEqual([...sorted].sort((a, b) => a - b));

    await variants({ ignoreSort: true });
    const get = ids((await h.call('user.get', asked)).body.result);
    expect(get).toEqual([...get].sort((a, b) => a - b));
    expect(get[0]).toBe(1);
    const search = ids((await h.call('user.search', { FIND: 'a', SORT: 'NAME', ORDER: 'desc' })).body.result);
    expect(search.length).toBeGreaterThan(1);
    expect(search).toEqual([...search].sort((a, b) => a - b));
    const second = ids((await h.call('user.get', { ...asked, start: 50 })).body.result);
    expect(second[0]).toBeGreaterThan(get.at(-1) ?? 0);
  });
});

describe('avatars', () => {
  it("'relative': im objects and PERSONAL_PHOTO carry portal-relative paths that the portal serves", async () => {
    const edge = (await h.control('state')).body.portal.edgeCases;
    const before = (await h.call('im.user.get', { ID: 1 })).body.result;
    expect(before.avatar).toBe(`${h.base}/avatars/1.svg`);

    await variants({ avatars: 'relative' });
    const me = (await h.call('im.user.get', { ID: 1 })).body.result;
    expect(me.avatar).toBe('/avatars/1.svg');
    expect(me.avatar_hr).toBe('/avatars/1.svg');
    expect((await h.raw(me.avatar)).status).toBe(200);
    const members = (await h.call('im.dialog.users.list', { DIALOG_ID: 'chat1' })).body.result as { avatar: string }[];
    expect(members.filter((m) => m.avatar !== '').every((m) => /^\/avatars\/\d+\.svg$/.test(m.avatar))).toBe(true);
    const row = (await h.call('user.get', { FILTER: { ID: 1 } })).body.result[0];
    expect(row.PERSONAL_PHOTO).toBe('/avatars/1.svg');
    // no avatar stays "no avatar"
    const none = (await h.call('im.user.get', { ID: edge.noAvatar })).body.result;
    expect(none.avatar).toBe('');
    expect(none.avatar_hr).toBe('/bitrix/js/im/images/blank.gif');
  });
});
