import { describe, expect, it } from 'vitest';
import { currentDuration, DURATION_PRESETS, parseUntil, serializeUntil, untilFor } from './durations';

const MIN = 60_000;

describe('untilFor', () => {
  const now = new Date(2026, 2, 2, 14, 0, 0).getTime(); // local 14:00

  it('adds the preset to now', () => {
    expect(untilFor('30m', now)).toBe(now + 30 * MIN);
    expect(untilFor('1h', now)).toBe(now + 60 * MIN);
    expect(untilFor('2h', now)).toBe(now + 120 * MIN);
  });

  it('"end of day" is the last moment of the local day; "until I turn it off" has no end', () => {
    const end = new Date(untilFor('endOfDay', now) as number);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 2, 2, 23, 59]);
    expect(untilFor('untilOff', now)).toBeNull();
  });

  it('offers the five presets in order', () => {
    expect(DURATION_PRESETS).toEqual(['30m', '1h', '2h', 'endOfDay', 'untilOff']);
  });
});

describe('stored end time', () => {
  it('round-trips, and "no end time" is stored as a non-empty value', () => {
    expect(parseUntil(serializeUntil(1_760_000_000_000))).toBe(1_760_000_000_000);
    expect(serializeUntil(null)).not.toBe('');
    expect(parseUntil(serializeUntil(null))).toBeNull();
  });

  it('reads anything unusable as no end time', () => {
    for (const bad of [null, '', '   ', 'x', '{"until":"soon"}', '{"until":-5}', '[]', 'null']) expect(parseUntil(bad)).toBeNull();
    expect(parseUntil('1760000000000')).toBe(1_760_000_000_000);
  });
});

describe('currentDuration', () => {
  const now = new Date(2026, 2, 2, 14, 0, 0).getTime(); // local 14:00
  const later = now + 10 * MIN;

  it('is the preset picked while its end time holds, even as the clock moves on', () => {
    const picked = { preset: '30m' as const, until: untilFor('30m', now) };
    expect(currentDuration(true, picked.until, picked, later)).toBe('30m');
    expect(currentDuration(true, null, { preset: 'untilOff', until: null }, later)).toBe('untilOff');
  });

  it('is nothing while DND is off, whatever was picked', () => {
    expect(currentDuration(false, null, { preset: 'untilOff', until: null }, now)).toBeNull();
    expect(currentDuration(false, untilFor('1h', now), { preset: '1h', until: untilFor('1h', now) }, now)).toBeNull();
  });

  it('reads the end time when the pick no longer matches it (a rollback, another choice, a reload)', () => {
    const stale = { preset: '1h' as const, until: untilFor('1h', now) };
    expect(currentDuration(true, null, stale, later)).toBe('untilOff');
    expect(currentDuration(true, untilFor('endOfDay', now), stale, later)).toBe('endOfDay');
    expect(currentDuration(true, untilFor('2h', now), stale, later)).toBeNull();
    expect(currentDuration(true, untilFor('2h', now), null, later)).toBeNull();
  });
});
