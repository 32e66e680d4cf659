import { describe, expect, it } from 'vitest';
import { DURATION_PRESETS, parseUntil, serializeUntil, untilFor } from './durations';

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
