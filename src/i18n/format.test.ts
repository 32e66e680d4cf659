import { describe, expect, it } from 'vitest';
import {
  formatBirthday,
  formatCount,
  formatDate,
  formatDateTime,
  formatRelativeTime,
  formatTime,
} from './format';

const tz = { timeZone: 'Europe/Moscow' }; // UTC+3, no DST
// 2026-03-02 12:00 Moscow
const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Intl uses narrow/no-break spaces in some locales; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatRelativeTime', () => {
  const en = (ms: number, now = NOW) => plain(formatRelativeTime(ms, now, 'en-US', tz));
  const ru = (ms: number, now = NOW) => plain(formatRelativeTime(ms, now, 'ru-RU', tz));

  it('says "now" under a minute', () => {
    expect(en(NOW - 30_000)).toBe('now');
    expect(ru(NOW - 30_000)).toBe('сейчас');
  });

  it('counts minutes under an hour', () => {
    expect(en(NOW - 5 * MIN)).toBe('5 minutes ago');
    expect(ru(NOW - 5 * MIN)).toBe('5 минут назад');
    expect(en(NOW - 59 * MIN)).toBe('59 minutes ago');
    expect(en(NOW - MIN)).toBe('1 minute ago');
  });

  it('counts hours within the same day', () => {
    expect(en(NOW - 3 * HOUR)).toBe('3 hours ago');
    expect(ru(NOW - 3 * HOUR)).toBe('3 часа назад');
    expect(en(NOW - HOUR)).toBe('1 hour ago');
  });

  it('counts hours across midnight when less than 6 hours apart', () => {
    const oneAm = Date.UTC(2026, 2, 1, 22, 0); // 01:00 on 2 March in Moscow
    expect(en(oneAm - 3 * HOUR, oneAm)).toBe('3 hours ago');
  });

  it('says "yesterday" for the previous calendar day beyond that', () => {
    expect(en(NOW - 14 * HOUR)).toBe('yesterday'); // 22:00 on 1 March
    expect(ru(NOW - 14 * HOUR)).toBe('вчера');
  });

  it('counts days within a week', () => {
    expect(en(NOW - 3 * DAY)).toBe('3 days ago');
    expect(ru(NOW - 3 * DAY)).toBe('3 дня назад');
    expect(en(NOW - 6 * DAY)).toBe('6 days ago');
  });

  it('gives a date from 7 days on, with the year only when it differs', () => {
    expect(en(NOW - 7 * DAY)).toBe('Feb 23');
    expect(ru(NOW - 7 * DAY)).toBe('23 февр.');
    expect(en(Date.UTC(2025, 11, 20, 9))).toBe('Dec 20, 2025');
  });

  it('reads future moments forward', () => {
    expect(en(NOW + 5 * MIN)).toBe('in 5 minutes');
    expect(en(NOW + 20 * HOUR)).toBe('tomorrow');
    expect(ru(NOW + 20 * HOUR)).toBe('завтра');
  });
});

describe('formatTime', () => {
  it('uses a 24-hour clock in Russian and the 12-hour clock in US English', () => {
    const at = Date.UTC(2026, 2, 2, 11, 30); // 14:30 Moscow
    expect(formatTime(at, 'ru-RU', tz)).toBe('14:30');
    expect(plain(formatTime(at, 'en-US', tz))).toBe('2:30 PM');
    expect(formatTime(at, 'en-GB', tz)).toBe('14:30');
  });
});

describe('formatDate', () => {
  it('includes the year unless `now` is in the same year', () => {
    const at = Date.UTC(2026, 2, 12, 9);
    expect(plain(formatDate(at, 'en-US', tz))).toBe('Mar 12, 2026');
    expect(formatDate(at, 'en-US', { ...tz, now: NOW })).toBe('Mar 12');
    expect(formatDate(at, 'ru-RU', { ...tz, now: NOW })).toBe('12 мар.');
  });

  it('writes the month in full on request (genitive in Russian)', () => {
    const at = Date.UTC(2026, 2, 12, 9);
    expect(formatDate(at, 'ru-RU', { ...tz, now: NOW, month: 'long' })).toBe('12 марта');
    expect(formatDate(at, 'en-US', { ...tz, now: NOW, month: 'long' })).toBe('March 12');
  });

  it('uses the given time zone for the calendar date', () => {
    const lateUtc = Date.UTC(2026, 2, 12, 22, 30); // already 13 March in Moscow
    expect(formatDate(lateUtc, 'en-US', { timeZone: 'Europe/Moscow', now: NOW })).toBe('Mar 13');
    expect(formatDate(lateUtc, 'en-US', { timeZone: 'UTC', now: NOW })).toBe('Mar 12');
  });
});

describe('formatDateTime', () => {
  it('is just the time today and date + time on other days', () => {
    expect(formatDateTime(NOW + 2 * HOUR, NOW, 'ru-RU', tz)).toBe('14:00');
    expect(plain(formatDateTime(NOW + DAY, NOW, 'ru-RU', tz))).toBe('3 мар., 12:00');
    expect(plain(formatDateTime(NOW + DAY, NOW, 'en-US', tz))).toBe('Mar 3, 12:00 PM');
  });
});

describe('formatBirthday', () => {
  it('gives day and full month without a year', () => {
    expect(formatBirthday({ day: 12, month: 3 }, 'en-US')).toBe('March 12');
    expect(formatBirthday({ day: 12, month: 3 }, 'ru-RU')).toBe('12 марта');
  });

  it('handles 29 February and rejects impossible values', () => {
    expect(formatBirthday({ day: 29, month: 2 }, 'en-US')).toBe('February 29');
    expect(formatBirthday({ day: 1, month: 13 }, 'en-US')).toBe('');
    expect(formatBirthday({ day: 0, month: 5 }, 'en-US')).toBe('');
  });
});

describe('formatCount', () => {
  it('groups digits the locale way', () => {
    expect(formatCount(1234, 'en-US')).toBe('1,234');
    expect(plain(formatCount(1234, 'ru-RU'))).toBe('1 234');
    expect(formatCount(12, 'ru-RU')).toBe('12');
  });
});
