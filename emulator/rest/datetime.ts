/**
 * Date formatting in the portal's time zone (+03:00): ATOM datetimes as Bitrix24 prints them
 * (`2026-03-02T09:30:00+03:00`), `DD-MM` birthdays, and parsing of ISO input for filters.
 */

export const PORTAL_OFFSET_MINUTES = 180;
const OFFSET_MS = PORTAL_OFFSET_MINUTES * 60_000;
const OFFSET_SUFFIX = '+03:00';

/** Formatted values: most dates of a portal (registration, last login…) are printed again and again. */
const atomCache = new Map<number, string>();
const ATOM_CACHE_MAX = 100_000;

/** epoch ms → `YYYY-MM-DDTHH:MM:SS+03:00` */
export function atom(ms: number): string {
  let text = atomCache.get(ms);
  if (text === undefined) {
    text = new Date(ms + OFFSET_MS).toISOString().slice(0, 19) + OFFSET_SUFFIX;
    if (atomCache.size >= ATOM_CACHE_MAX) atomCache.clear();
    atomCache.set(ms, text);
  }
  return text;
}

/** epoch ms or null → ATOM string or `false` (how im.* prints "not set") */
export function atomOrFalse(ms: number | null): string | false {
  return ms === null ? false : atom(ms);
}

/** A calendar date (no time) at portal midnight, ATOM-formatted. */
export function atomDate(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T00:00:00${OFFSET_SUFFIX}`;
}

export function dayMonth(day: number, month: number): string {
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`;
}

/** Parses ISO 8601 or `DD.MM.YYYY[ HH:MM:SS]` (portal format); NaN when unrecognised. */
export function parsePortalDate(value: unknown): number {
  if (typeof value !== 'string' || value.trim() === '') return Number.NaN;
  const text = value.trim();
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (ru) {
    const [, d, m, y, hh = '00', mm = '00', ss = '00'] = ru;
    return Date.parse(`${y}-${m}-${d}T${hh}:${mm}:${ss}${OFFSET_SUFFIX}`);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T00:00:00${OFFSET_SUFFIX}`);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return Date.parse(text + OFFSET_SUFFIX);
  return Date.parse(text);
}
