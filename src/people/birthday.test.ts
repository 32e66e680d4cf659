import { describe, expect, it } from 'vitest';
import { isBirthdayToday } from './birthday';

const at = (iso: string) => Date.parse(iso);

describe('isBirthdayToday', () => {
  it('matches day and month of the calendar day in the given time zone', () => {
    const now = at('2025-03-12T10:00:00Z');
    expect(isBirthdayToday({ day: 12, month: 3 }, now, 'UTC')).toBe(true);
    expect(isBirthdayToday({ day: 13, month: 3 }, now, 'UTC')).toBe(false);
    expect(isBirthdayToday({ day: 12, month: 4 }, now, 'UTC')).toBe(false);
  });

  it('follows the viewer’s day, not UTC, near midnight', () => {
    const now = at('2025-03-12T22:30:00Z'); // already 13 March in Moscow (UTC+3)
    expect(isBirthdayToday({ day: 13, month: 3 }, now, 'Europe/Moscow')).toBe(true);
    expect(isBirthdayToday({ day: 12, month: 3 }, now, 'Europe/Moscow')).toBe(false);
    expect(isBirthdayToday({ day: 12, month: 3 }, now, 'UTC')).toBe(true);
  });

  it('celebrates 29 February on the 28th in other years, and on the 29th in leap years', () => {
    expect(isBirthdayToday({ day: 29, month: 2 }, at('2025-02-28T12:00:00Z'), 'UTC')).toBe(true);
    expect(isBirthdayToday({ day: 29, month: 2 }, at('2024-02-28T12:00:00Z'), 'UTC')).toBe(false);
    expect(isBirthdayToday({ day: 29, month: 2 }, at('2024-02-29T12:00:00Z'), 'UTC')).toBe(true);
  });

  it('is false without a birthday, and uses the local day without a time zone', () => {
    expect(isBirthdayToday(null, Date.now())).toBe(false);
    const d = new Date();
    expect(isBirthdayToday({ day: d.getDate(), month: d.getMonth() + 1 }, d.getTime())).toBe(true);
  });
});
