import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { BATCH_RESULT_KEYS, problemsTime } from '../testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control('config', 'PATCH', { scopes: ['im', 'user_brief', 'department', 'placement'], bucketEnabled: false });
});

describe('batch', () => {
  it('cmd object: named results, totals, nexts, times; PHP [] for empty sections', async () => {
    const r = await h.call('batch', { halt: 0, cmd: { me: 'user.current?', users: 'user.get?start=0', time: 'server.time' } });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['result', 'time']);
    const b = r.body.result;
    expect(Object.keys(b)).toEqual(BATCH_RESULT_KEYS);
    expect(b.result.me.ID).toBe('1');
    expect(b.result.users).toHaveLength(50);
    expect(b.result_error).toEqual([]);
    expect(b.result_total).toEqual({ users: expect.any(Number) });
    expect(b.result_next).toEqual({ users: 50 });
    expect(Object.keys(b.result_time)).toEqual(['me', 'users', 'time']);
    expect(problemsTime(b.result_time.me)).toEqual([]);
  });

  it('cmd array: array results; a failed command keeps the others keyed by index', async () => {
    const ok = await h.call('batch', { cmd: ['user.current?', 'server.time?'] });
    expect(Array.isArray(ok.body.result.result)).toBe(true);
    expect(ok.body.result.result_error).toEqual([]);
    expect(ok.body.result.result_total).toEqual([]);
    expect(ok.body.result.result_next).toEqual([]);
    const mixed = await h.call('batch', { cmd: ['no.such.method?', 'server.time?'] });
    expect(mixed.status).toBe(200);
    expect(mixed.body.result.result).toEqual({ 1: expect.any(String) });
    // PHP json_encode: keys 0..n-1 print as a list, so the lone error at index 0 is an array
    expect(mixed.body.result.result_error).toEqual([{ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' }]);
  });

  it('halt=1 stops at the first failing command; halt=0 (default) runs everything', async () => {
    const cmd = { a: 'server.time', b: 'im.user.status.set?STATUS=WRONG', c: 'user.current' };
    const halted = (await h.call('batch', { halt: 1, cmd })).body.result;
    expect(Object.keys(halted.result)).toEqual(['a']);
    expect(halted.result_error.b.error).toBe('STATUS_ERROR');
    expect(halted.result_error).not.toHaveProperty('c');
    for (const halt of [0, false, 'false', undefined]) {
      const all = (await h.call('batch', halt === undefined ? { cmd } : { halt, cmd })).body.result;
      expect(Object.keys(all.result)).toEqual(['a', 'c']);
    }
    const truthy = (await h.call('batch', { halt: 'true', cmd })).body.result;
    expect(Object.keys(truthy.result)).toEqual(['a']);
  });

  it('resolves $result references from earlier commands (list index and field paths)', async () => {
    const r = await h.call('batch', {
      halt: 0,
      cmd: {
        me: 'user.current',
        dep: 'department.get?ID=$result[me][UF_DEPARTMENT][0]',
        first: 'user.get?FILTER[@ID][]=3&FILTER[@ID][]=4',
        who: 'im.user.get?ID=$result[first][1][ID]',
        total: 'im.user.get?ID=$result_total[first]',
      },
    });
    const b = r.body.result;
    expect(b.result.dep[0].ID).toBe(String(b.result.me.UF_DEPARTMENT[0]));
    expect(b.result.who.id).toBe(4);
    expect(b.result.total.id).toBe(2);
  });

  it('URL-decodes commands and parses PHP brackets (SDK qs.stringify form)', async () => {
    const cmd = ['im.user.list.get?ID%5B0%5D=1&ID%5B1%5D=2&RESULT_TYPE=array', 'user.get?filter%5BNAME%5D=%3Cimg%25'];
    const b = (await h.call('batch', { cmd })).body.result;
    expect(b.result[0].map((u: { id: number }) => u.id)).toEqual([1, 2]);
    expect(b.result[1].map((u: { ID: string }) => u.ID)).toEqual(['9']);
  });

  it('each sub-command checks its scope', async () => {
    await h.control('config', 'PATCH', { scopes: ['user_brief'] });
    const b = (await h.call('batch', { cmd: { u: 'user.current', i: 'im.user.get' } })).body.result;
    expect(b.result).toHaveProperty('u');
    expect(b.result_error.i.error).toBe('insufficient_scope');
  });

  it('nested batch → ERROR_BATCH_METHOD_NOT_ALLOWED for that command', async () => {
    const b = (await h.call('batch', { cmd: { inner: 'batch?cmd[x]=server.time', t: 'server.time' } })).body.result;
    expect(b.result_error.inner).toEqual({ error: 'ERROR_BATCH_METHOD_NOT_ALLOWED', error_description: 'Method is not allowed for batch usage' });
    expect(b.result).toHaveProperty('t');
  });

  it('more than 50 commands: the first 50 run, each extra one gets ERROR_BATCH_LENGTH_EXCEEDED', async () => {
    const cmd = Array.from({ length: 53 }, () => 'server.time');
    const b = (await h.call('batch', { cmd })).body.result;
    expect(Object.keys(b.result)).toHaveLength(50);
    expect(Object.keys(b.result_error)).toEqual(['50', '51', '52']);
    expect(b.result_error['50']).toEqual({ error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' });
    const halted = (await h.call('batch', { halt: 1, cmd })).body.result;
    expect(Object.keys(halted.result_error)).toEqual(['50']);
  });

  it('pages of one list in one batch equal the same pages asked one by one', async () => {
    const params = (start: number) => ({ filter: { ACTIVE: true, '%LAST_NAME': 'ов' }, sort: 'LAST_NAME', order: 'DESC', start });
    const cmd = {
      p0: 'user.get?filter[ACTIVE]=1&filter[%25LAST_NAME]=%D0%BE%D0%B2&sort=LAST_NAME&order=DESC&start=0',
      p1: 'user.get?filter[ACTIVE]=1&filter[%25LAST_NAME]=%D0%BE%D0%B2&sort=LAST_NAME&order=DESC&start=50',
      other: 'user.get?filter[ACTIVE]=1&sort=LAST_NAME&order=DESC&start=0',
    };
    const b = (await h.call('batch', { cmd })).body.result;
    const one = (await h.call('user.get', params(0))).body;
    const two = (await h.call('user.get', params(50))).body;
    expect(b.result.p0).toEqual(one.result);
    expect(b.result.p1).toEqual(two.result);
    expect(b.result_total.p0).toBe(one.total);
    expect(b.result_total.other).toBeGreaterThan(one.total);
  });

  it('counts as one request for the leaky bucket', async () => {
    await h.reset({ bucketEnabled: true });
    const cmd = Array.from({ length: 50 }, () => 'server.time');
    await h.call('batch', { cmd });
    const level = (await h.control('state')).body.bucket.level;
    expect(level).toBeGreaterThan(0.5);
    expect(level).toBeLessThanOrEqual(1);
  });
});
