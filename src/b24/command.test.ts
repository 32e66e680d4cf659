import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, chunk, runBatch, runBatchList, unwrap } from './command';
import { cmd } from './commands';
import { AppError } from './errors';
import { setRestTransport } from './session';
import { createFakeTransport, imUser, listAnswer, restError, type FakeTransport } from './testing';

let rest: FakeTransport;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  rest = createFakeTransport({
    'im.user.get': (p) => (p.ID === 404 ? restError('USER_NOT_EXISTS', 400) : imUser({ id: Number(p.ID ?? 1) })),
    'im.user.status.get': () => 'dnd',
    'department.get': (p) => listAnswer([{ ID: String(Number(p.start) + 1), NAME: 'D', SORT: 1 }], 120),
    'user.get': () => restError('insufficient_scope', 403),
    'im.user.list.get': (p) => (p.ID as number[]).map((id) => imUser({ id })),
  });
  setRestTransport(rest, { origin: 'https://portal.example' });
});

afterEach(() => setRestTransport(null));

describe('chunk', () => {
  it('splits into groups of at most `size`', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });
  it('rejects a non-positive size', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('call', () => {
  it('sends the command’s method and params and parses the answer', async () => {
    const me = await call(cmd.me());
    expect(me.id).toBe(1);
    expect(rest.calls).toEqual([{ method: 'im.user.get', params: {} }]);
  });

  it('rejects with the mapped AppError', async () => {
    await expect(call(cmd.person(404))).rejects.toMatchObject({ kind: 'not-found', code: 'USER_NOT_EXISTS', options: { method: 'im.user.get' } });
  });

  it('reports an unexpected answer shape as a portal error', async () => {
    rest.handle({ 'im.user.get': () => 'not a user' });
    await expect(call(cmd.me())).rejects.toMatchObject({ kind: 'portal-error', code: 'UNEXPECTED_RESPONSE' });
  });

  it('fails clearly when not connected', async () => {
    setRestTransport(null);
    await expect(call(cmd.me())).rejects.toMatchObject({ kind: 'portal-error', code: 'NOT_CONNECTED' });
  });
});

describe('runBatch', () => {
  it('puts all commands into ONE batch request and returns typed values per key', async () => {
    const r = await runBatch({ me: cmd.me(), status: cmd.myStatus(), deps: cmd.departmentsPage(0) });
    expect(rest.batches).toEqual([['me', 'status', 'deps']]);
    expect(rest.calls.filter((c) => c.method === 'batch')).toHaveLength(1);
    expect(unwrap(r.me).id).toBe(1);
    expect(unwrap(r.status)).toBe('dnd');
    // This fake portal pages by ONE row: the next page starts right after it.
    expect(unwrap(r.deps)).toEqual({ departments: [{ id: 1, name: 'D', parentId: null, headUserId: null }], total: 120, totalExact: true, next: 1 });
  });

  it('keeps per-key errors next to successes', async () => {
    const r = await runBatch({ me: cmd.me(), page: cmd.employeesPage({ start: 0 }) });
    expect(r.me.ok).toBe(true);
    expect(r.page.ok).toBe(false);
    if (!r.page.ok) {
      expect(r.page.error).toMatchObject({ kind: 'missing-scope', options: { scope: 'user_brief', method: 'user.get' } });
    }
  });

  it('gives every key the error of a failed batch request', async () => {
    rest.failNext(restError('NETWORK_ERROR', 0));
    const r = await runBatch({ a: cmd.me(), b: cmd.myStatus() });
    expect(r.a).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(r.b).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('splits more than 50 commands into sequential requests of at most 50', async () => {
    const commands = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`p${i}`, cmd.person(i + 1)]));
    const r = await runBatch(commands);
    expect(rest.batches.map((keys) => keys.length)).toEqual([50, 50, 20]);
    expect(Object.keys(r)).toHaveLength(120);
    expect(unwrap(r.p119 as NonNullable<typeof r.p119>).id).toBe(120);
  });

  it('rejects keys that are not identifiers', async () => {
    await expect(runBatch({ 'a b': cmd.me() })).rejects.toThrow(RangeError);
  });

  it('logs each failure to the console once', async () => {
    const warn = vi.mocked(console.warn);
    await runBatch({ page: cmd.employeesPage() });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('insufficient_scope');
  });
});

describe('runBatchList', () => {
  it('returns outcomes in the order of the commands', async () => {
    const outcomes = await runBatchList([cmd.person(3), cmd.person(404), cmd.person(5)]);
    expect(outcomes.map((o) => (o.ok ? o.value.id : o.error.code))).toEqual([3, 'USER_NOT_EXISTS', 5]);
  });
});

describe('unwrap', () => {
  it('throws the AppError of a failure', () => {
    const error = new AppError('network', 'NETWORK_ERROR', 'down');
    expect(() => unwrap({ ok: false, error })).toThrow(error);
  });
});
