/**
 * Locale-aware formatting of times, dates, birthdays and counts through `Intl`.
 * Every function takes epoch milliseconds and a BCP-47 locale (from `useI18n().locale`).
 * `timeZone` defaults to the browser's; tests pass one to be deterministic.
 */
export interface FormatOptions {
  timeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * "now", "5 minutes ago", "3 hours ago", "yesterday", "3 days ago", then a date from 7 calendar
 * days on ("Mar 12" in the current year, "Mar 12, 2025" otherwise). Future moments read the same
 * way ("in 5 minutes", "tomorrow").
 * Hours are used within the same calendar day, or when less than 6 hours apart across midnight
 * ("3 hours ago" at 01:00 for 22:00); otherwise calendar days ("yesterday" at 09:00 for 23:00).
 */
export function formatRelativeTime(ms: number, now: number, locale: string, opts: FormatOptions = {}): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = ms - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.trunc(diff / MINUTE), 'minute');
  const days = calendarDayNumber(ms, opts.timeZone) - calendarDayNumber(now, opts.timeZone);
  if (days === 0 || abs < 6 * HOUR) return rtf.format(Math.trunc(diff / HOUR), 'hour');
  if (Math.abs(days) < 7) return rtf.format(days, 'day');
  return formatDate(ms, locale, { ...opts, now });
}

/** "14:30" (ru), "2:30 PM" (en-US): hours and minutes in the locale's own clock. */
export function formatTime(ms: number, locale: string, opts: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: opts.timeZone }).format(ms);
}

/**
 * "Mar 12" / "12 мар." when `now` is given and in the same year; otherwise with the year
 * ("Mar 12, 2025" / "12 мар. 2025 г."). `month: 'long'` → "March 12" / "12 марта".
 */
export function formatDate(
  ms: number,
  locale: string,
  opts: FormatOptions & { now?: number; month?: 'short' | 'long' } = {},
): string {
  const sameYear = opts.now !== undefined && yearOf(ms, opts.timeZone) === yearOf(opts.now, opts.timeZone);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: opts.month ?? 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: opts.timeZone,
  }).format(ms);
}

/** "14:30" today, otherwise the date and time ("Mar 12, 14:30"); for "until …" texts. */
export function formatDateTime(ms: number, now: number, locale: string, opts: FormatOptions = {}): string {
  if (calendarDayNumber(ms, opts.timeZone) === calendarDayNumber(now, opts.timeZone)) {
    return formatTime(ms, locale, opts);
  }
  const sameYear = yearOf(ms, opts.timeZone) === yearOf(now, opts.timeZone);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: opts.timeZone,
  }).format(ms);
}

/** "March 12" / "12 марта": a birthday has no year. Invalid day/month → "". */
export function formatBirthday(birthday: { day: number; month: number }, locale: string): string {
  const { day, month } = birthday;
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > 31) {
    return '';
  }
  // 2000 is a leap year, so 29 February formats as itself.
  const at = Date.UTC(2000, month - 1, day);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
}

/** "1,234" (en-US), "1 234" (ru-RU). */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

const dayKeyFormats = new Map<string, Intl.DateTimeFormat>();

/** Days since the epoch of the calendar date `ms` falls on in `timeZone`. */
function calendarDayNumber(ms: number, timeZone: string | undefined): number {
  const key = timeZone ?? '';
  let fmt = dayKeyFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone });
    dayKeyFormats.set(key, fmt);
  }
  const parts = fmt.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(part('year'), part('month') - 1, part('day')) / (24 * HOUR));
}

function yearOf(ms: number, timeZone: string | undefined): number {
  return Number(new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone }).format(ms));
}
