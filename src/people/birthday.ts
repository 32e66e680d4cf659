/**
 * "Birthday today" (pure): a person's day and month against the calendar day of `now` in the
 * viewer's time zone (the browser's, unless one is given). In a year without 29 February,
 * people born that day are celebrated on the 28th.
 */
export interface Birthday {
  day: number;
  /** 1-12 */
  month: number;
}

function calendarDay(now: number, timeZone: string | undefined): { year: number; month: number; day: number } {
  if (timeZone === undefined) {
    const d = new Date(now);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function isBirthdayToday(birthday: Birthday | null, now: number, timeZone?: string): boolean {
  if (!birthday) return false;
  const today = calendarDay(now, timeZone);
  if (birthday.month === 2 && birthday.day === 29 && !isLeapYear(today.year)) {
    return today.month === 2 && today.day === 28;
  }
  return birthday.month === today.month && birthday.day === today.day;
}
