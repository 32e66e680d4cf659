import { describe, expect, it } from 'vitest';
import { batchParams, parseBatchAnswer } from './batchWire';
import type { RestOutcome, RestRequest } from './transport';

const commands: Record<string, RestRequest> = {
  me: { method: 'im.user.get', params: {} },
  status: { method: 'im.user.status.get', params: {} },
  page: { method: 'user.get', params: { filter: { ACTIVE: true }, start: 0 } },
};

const ME = { id: 1 };
const ROWS = [{ ID: '1' }];

function values(outcomes: Record<string, RestOutcome>) {
  return Object.fromEntries(
    Object.entries(outcomes).map(([key, o]) => [key, o.ok ? { ok: true, ...o.response } : { ok: false, kind: o.error.kind, code: o.error.code }]),
  );
}

describe('batchParams', () => {
  it('sends named commands as "method?query" strings, without halting', () => {
    expect(batchParams(commands)).toEqual({
      halt: 0,
      cmd: {
        me: 'im.user.get?',
        status: 'im.user.status.get?',
        page: 'user.get?filter%5BACTIVE%5D=true&start=0',
      },
    });
  });
});

describe('parseBatchAnswer', () => {
  it('reads the documented shape: sections keyed by command, [] when empty', () => {
    const outcomes = parseBatchAnswer(
      {
        result: { me: ME, status: 'dnd', page: ROWS },
        result_error: [],
        result_total: { page: 120 },
        result_next: { page: 50 },
        result_time: { me: {}, status: {}, page: {} },
      },
      commands,
    );
    expect(values(outcomes)).toEqual({
      me: { ok: true, result: ME, total: 0, more: false },
      status: { ok: true, result: 'dnd', total: 0, more: false },
      page: { ok: true, result: ROWS, total: 120, more: true },
    });
  });

  it('reads totals and nexts printed as strings, and sections left out', () => {
    const outcomes = parseBatchAnswer({ result: { me: ME, status: false, page: ROWS }, result_total: { page: '120' } }, commands);
    expect(values(outcomes)).toEqual({
      me: { ok: true, result: ME, total: 0 },
      status: { ok: true, result: false, total: 0 },
      page: { ok: true, result: ROWS, total: 120 },
    });
  });

  it('reads sections printed as arrays in command order', () => {
    const outcomes = parseBatchAnswer(
      { result: [ME, 'dnd', ROWS], result_error: [], result_total: [0, 0, 120], result_next: [null, null, 50] },
      commands,
    );
    expect(values(outcomes)).toEqual({
      me: { ok: true, result: ME, total: 0, more: false },
      status: { ok: true, result: 'dnd', total: 0, more: false },
      page: { ok: true, result: ROWS, total: 120, more: true },
    });
  });

  it('reads sections keyed by index', () => {
    const outcomes = parseBatchAnswer({ result: { '0': ME, '2': ROWS }, result_error: { '1': { error: 'ACCESS_DENIED', error_description: 'no' } } }, commands);
    expect(values(outcomes)).toEqual({
      me: { ok: true, result: ME, total: 0 },
      status: { ok: false, kind: 'access-denied', code: 'ACCESS_DENIED' },
      page: { ok: true, result: ROWS, total: 0 },
    });
  });

  it('never matches a compacted array to the wrong command', () => {
    // Two results for three commands: which one failed is unknowable, so nobody gets a wrong answer.
    const outcomes = parseBatchAnswer({ result: [ME, ROWS], result_error: [] }, commands);
    expect(Object.values(values(outcomes))).toEqual([
      { ok: false, kind: 'portal-error', code: 'BATCH_NO_ANSWER' },
      { ok: false, kind: 'portal-error', code: 'BATCH_NO_ANSWER' },
      { ok: false, kind: 'portal-error', code: 'BATCH_NO_ANSWER' },
    ]);
  });

  it.each([
    ['{error, error_description}', { error: 'insufficient_scope', error_description: 'higher privileges' }, 'missing-scope', 'insufficient_scope'],
    ['{error: {code, message}}', { error: { code: 'ACCESS_DENIED', message: 'no' } }, 'access-denied', 'ACCESS_DENIED'],
    ['{code, message}', { code: 'USER_NOT_EXISTS', message: 'gone' }, 'not-found', 'USER_NOT_EXISTS'],
    ['a plain code', 'QUERY_LIMIT_EXCEEDED', 'rate-limited', 'QUERY_LIMIT_EXCEEDED'],
    ['a plain sentence', 'Method not found!', 'portal-error', 'BATCH_COMMAND_FAILED'],
    ['an unknown code', { error: 'SOMETHING_NEW', error_description: 'x' }, 'portal-error', 'SOMETHING_NEW'],
    ['an object without a code', { message: 'odd' }, 'portal-error', 'BATCH_COMMAND_FAILED'],
  ])('reads an error given as %s', (_shape, error, kind, code) => {
    const outcomes = parseBatchAnswer({ result: { me: ME, page: ROWS }, result_error: { status: error } }, commands);
    expect(values(outcomes).status).toEqual({ ok: false, kind, code });
    expect(outcomes.me?.ok).toBe(true);
    const failed = outcomes.status;
    if (failed && !failed.ok) expect(failed.error.options.method).toBe('im.user.status.get');
  });

  it('lets an error win over a result for the same command', () => {
    const outcomes = parseBatchAnswer({ result: { me: ME, status: null, page: ROWS }, result_error: { status: 'STATUS_ERROR' } }, commands);
    expect(values(outcomes).status).toEqual({ ok: false, kind: 'invalid-input', code: 'STATUS_ERROR' });
  });

  it('ignores empty error entries', () => {
    const outcomes = parseBatchAnswer({ result: { me: ME, status: 'dnd', page: ROWS }, result_error: { me: [], status: null, page: {} } }, commands);
    expect(Object.values(outcomes).every((o) => o.ok)).toBe(true);
  });

  it('gives a command missing from both result and result_error its own error, keeping the others', () => {
    const outcomes = parseBatchAnswer({ result: { me: ME }, result_error: { page: { error: 'ACCESS_DENIED' } } }, commands);
    expect(values(outcomes)).toEqual({
      me: { ok: true, result: ME, total: 0 },
      status: { ok: false, kind: 'portal-error', code: 'BATCH_NO_ANSWER' },
      page: { ok: false, kind: 'access-denied', code: 'ACCESS_DENIED' },
    });
  });

  it('reads a payload that is the result map itself', () => {
    expect(values(parseBatchAnswer({ me: ME, status: 'away', page: ROWS }, commands)).status).toEqual({ ok: true, result: 'away', total: 0 });
  });

  it.each([undefined, null, 'ok', [], [ME], {}, { unrelated: 1 }])('throws a portal-error for %j', (payload) => {
    expect(() => parseBatchAnswer(payload, commands)).toThrow(expect.objectContaining({ kind: 'portal-error', code: 'UNEXPECTED_RESPONSE' }));
  });
});
