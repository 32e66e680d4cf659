import { describe, expect, it } from 'vitest';
import { appendLog, clockTime, compactJson, faultsSummary } from './log-view';

describe('appendLog', () => {
  it('adds only newer entries in id order and keeps the newest cap', () => {
    const current = [{ id: 1 }, { id: 2 }];
    expect(appendLog(current, [{ id: 4 }, { id: 2 }, { id: 3 }], 10)).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
    expect(appendLog(current, [{ id: 3 }, { id: 4 }], 3)).toEqual([{ id: 2 }, { id: 3 }, { id: 4 }]);
  });

  it('returns the same array when nothing is new', () => {
    const current = [{ id: 1 }];
    expect(appendLog(current, [{ id: 1 }], 10)).toBe(current);
  });
});

describe('compactJson', () => {
  it('prints one line and cuts long values', () => {
    expect(compactJson({ a: 1 })).toBe('{"a":1}');
    expect(compactJson(undefined)).toBe('');
    expect(compactJson({ long: 'x'.repeat(200) }, 20)).toHaveLength(20);
    expect(compactJson({ long: 'x'.repeat(200) }, 20).endsWith('…')).toBe(true);
  });
});

describe('clockTime', () => {
  it('formats timestamps and passes through nonsense', () => {
    expect(clockTime(new Date(2026, 0, 1, 14, 3, 7).getTime())).toBe('14:03:07');
    expect(clockTime('nope')).toBe('nope');
  });
});

describe('faultsSummary', () => {
  it('says which faults are active', () => {
    expect(faultsSummary({ latencyMs: 0, failNext: null, statusSetFails: false })).toBe('none');
    expect(faultsSummary({ latencyMs: 300, failNext: { count: 2, status: 503 }, statusSetFails: true })).toBe(
      '+300 ms per call · next 2 calls fail with 503 · im.user.status.set fails',
    );
    expect(faultsSummary({ latencyMs: 0, failNext: { count: 1, status: 500 }, statusSetFails: false })).toBe('next call fails with 500');
  });
});
