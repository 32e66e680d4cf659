import { describe, expect, it } from 'vitest';
import { phpArray, timeBlock } from './envelope';

describe('phpArray', () => {
  it('prints [] when empty, a list for keys 0..n-1, an object otherwise', () => {
    expect(phpArray([])).toEqual([]);
    expect(phpArray([[0, 'a'], [1, 'b']])).toEqual(['a', 'b']);
    expect(phpArray([[1, 'b']])).toEqual({ 1: 'b' });
    expect(phpArray([['x', 1]])).toEqual({ x: 1 });
  });
});

describe('timeBlock', () => {
  it('has the eight documented keys, seconds as floats, ATOM dates in +03:00', () => {
    const t = timeBlock(Date.UTC(2026, 2, 2, 6, 30, 0, 0), Date.UTC(2026, 2, 2, 6, 30, 0, 250));
    expect(t).toEqual({
      start: 1772433000,
      finish: 1772433000.25,
      duration: 0.25,
      processing: 0.25,
      date_start: '2026-03-02T09:30:00+03:00',
      date_finish: '2026-03-02T09:30:00+03:00',
      operating_reset_at: 1772433600,
      operating: 0,
    });
  });
});
