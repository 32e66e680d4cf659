import { describe, expect, it } from 'vitest';
import { atom, atomDate, atomOrFalse, dayMonth, parsePortalDate } from './datetime';

describe('portal datetimes', () => {
  it('formats ATOM in +03:00 and "not set" as false', () => {
    expect(atom(Date.UTC(2026, 2, 2, 6, 30, 0))).toBe('2026-03-02T09:30:00+03:00');
    expect(atomOrFalse(null)).toBe(false);
    expect(atomDate(1990, 7, 4)).toBe('1990-07-04T00:00:00+03:00');
    expect(dayMonth(4, 7)).toBe('04-07');
  });

  it('parses ISO and portal DD.MM.YYYY input; junk is NaN', () => {
    expect(parsePortalDate('2026-03-02T09:30:00+03:00')).toBe(Date.UTC(2026, 2, 2, 6, 30));
    expect(parsePortalDate('02.03.2026')).toBe(Date.UTC(2026, 2, 1, 21, 0));
    expect(Number.isNaN(parsePortalDate('soon'))).toBe(true);
  });
});
