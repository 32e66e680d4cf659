/**
 * A 10,000-user portal answers the requests an app makes all the time quickly (server time from
 * the REST log). The limits are generous, so a busy machine does not fail them; before the search
 * and sort indexes a 50-command FIND batch took about 1.4 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startPortal({ users: 10_000 });
}, 30_000);
afterAll(() => h.close());

/** Server time of the best of three runs of the call. */
async function serverMs(call: () => Promise<{ status: number }>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    expect((await call()).status).toBe(200);
    times.push(h.portal.store.restLog.at(-1)?.durationMs ?? Number.POSITIVE_INFINITY);
  }
  return Math.min(...times);
}

const ids = (from: number) => Array.from({ length: 50 }, (_, i) => from + i);

describe('10,000 users', () => {
  it('single calls: user.get page, user.search FIND, im.user.list.get of 50 ids', async () => {
    const page = await serverMs(() => h.call('user.get', { filter: { ACTIVE: true, USER_TYPE: 'employee' }, sort: 'LAST_NAME', start: 5000 }));
    const find = await serverMs(() => h.call('user.search', { FILTER: { FIND: 'ан' } }));
    const status = await serverMs(() => h.call('im.user.list.get', { ID: ids(9000), RESULT_TYPE: 'array' }));
    expect(Math.max(page, find, status)).toBeLessThan(100);
  });

  it('50-command batches: directory pages with their statuses, and search pages', async () => {
    const cmd: Record<string, string> = {};
    for (let i = 0; i < 25; i++) {
      cmd[`page${i}`] = `user.get?filter[ACTIVE]=1&sort=LAST_NAME&start=${i * 50}`;
      cmd[`status${i}`] = `im.user.list.get?RESULT_TYPE=array&${ids(i * 50 + 1).map((id) => `ID[]=${id}`).join('&')}`;
    }
    const directory = await serverMs(() => h.call('batch', { halt: 0, cmd }));
    const search: Record<string, string> = {};
    for (let i = 0; i < 50; i++) search[`find${i}`] = `user.search?FIND=%D0%B0%D0%BD&start=${i * 50}`;
    const searches = await serverMs(() => h.call('batch', { halt: 0, cmd: search }));
    expect(directory).toBeLessThan(250);
    expect(searches).toBeLessThan(250);
  });
});
