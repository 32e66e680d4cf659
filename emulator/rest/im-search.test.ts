import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { problemsImUser } from '../testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());

describe('im.search.user.list', () => {
  it('finds by a name prefix, keyed by id, in the reduced user shape, with total', async () => {
    const me = (await h.call('im.user.get')).body.result;
    const prefix = me.last_name.slice(0, 3);
    const r = await h.call('im.search.user.list', { FIND: prefix, LIMIT: 50 });
    expect(r.status).toBe(200);
    expect(r.body.result).toHaveProperty(String(me.id));
    const user = r.body.result[String(me.id)];
    expect(problemsImUser(user, 'search')).toEqual([]);
    expect(typeof r.body.total).toBe('number');
    for (const [key, u] of Object.entries(r.body.result as Record<string, { id: number; name: string; work_position: string }>)) {
      expect(String(u.id)).toBe(key);
    }
  });

  it('matches case-insensitively and on the job title', async () => {
    const lower = await h.call('im.search.user.list', { FIND: 'hacker' });
    expect(lower.body.result).toHaveProperty('9');
    const position = await h.call('im.search.user.list', { FIND: 'Engineer', LIMIT: 50 });
    expect(position.body.total).toBeGreaterThan(0);
    const positions = Object.values(position.body.result as Record<string, { work_position: string | null }>).map((u) => u.work_position ?? '');
    expect(positions.some((p) => /engineer/i.test(p))).toBe(true);
  });

  it('answers [] when nothing matches', async () => {
    const r = await h.call('im.search.user.list', { FIND: 'zzzzqqq' });
    expect(r.body.result).toEqual([]);
    expect(r.body.total).toBe(0);
  });

  it('LIMIT defaults to 10, max 50; next when more', async () => {
    const r = await h.call('im.search.user.list', { FIND: 'an' });
    const total = r.body.total as number;
    expect(total).toBeGreaterThan(10);
    expect(Object.keys(r.body.result)).toHaveLength(10);
    expect(r.body.next).toBe(10);
    const big = await h.call('im.search.user.list', { FIND: 'an', LIMIT: 500 });
    expect(Object.keys(big.body.result).length).toBe(Math.min(50, total));
  });

  it('never returns bots, fired users or connectors', async () => {
    const edge = (await h.control('state')).body.portal.edgeCases;
    const fired = (await h.call('im.user.get', { ID: edge.fired })).body.result;
    const r = await h.call('im.search.user.list', { FIND: fired.last_name, LIMIT: 50 });
    expect(Object.keys(r.body.result === null || Array.isArray(r.body.result) ? {} : r.body.result)).not.toContain(String(edge.fired));
    const bot = await h.call('im.search.user.list', { FIND: 'HR-бот' });
    expect(bot.body.result).toEqual([]);
  });

  it('400 FIND_SHORT for a missing or one-character phrase', async () => {
    for (const params of [{}, { FIND: 'a' }, { FIND: '  b  ' }]) {
      const r = await h.call('im.search.user.list', params);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'FIND_SHORT', error_description: 'Too short a search phrase.' });
    }
  });
});
