/**
 * Reading single wire values liberally. Portals differ in how they print the same fact (the
 * reference allows several shapes, PHP and JS implementations print them differently), so every
 * reader here accepts all the plausible spellings and answers null when it cannot tell, instead of
 * guessing. Pure functions, no I/O.
 */

/** "" / null / false / undefined / non-strings → null; other strings are kept as they are. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A positive integer id from a number or a numeric string ("15"); anything else → null. */
export function idOrNull(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * A list of ids however it was printed: [7, "5"], a single 7 or "7", "7,5", or a PHP array that
 * came out as an object ({"0": 7, "1": 5}). Invalid entries and repeats are dropped; order is kept.
 */
export function idList(value: unknown): number[] {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') items = value.split(',');
  else if (typeof value === 'number') items = [value];
  else if (typeof value === 'object' && value !== null) items = Object.values(value);
  else items = [];
  const ids: number[] = [];
  for (const item of items) {
    const id = idOrNull(item);
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const TRUE_WORDS = new Set(['y', 'yes', 'true', '1', 'on']);
const FALSE_WORDS = new Set(['n', 'no', 'false', '0', 'off', '']);

/**
 * A yes/no flag however it was printed: true / "Y" / "y" / 1 / "1" / "true" → true;
 * false / "N" / 0 / "0" / "false" / "" → false; anything else (null, missing, garbage) → null.
 */
export function flagOrNull(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** A non-negative integer from a number or a numeric string; anything else → null. */
export function countOrNull(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Epoch seconds or milliseconds → ms; anything before 2001 is not a real timestamp here. */
function epochMs(n: number): number | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  if (n >= 1e12) return n; // milliseconds
  if (n >= 1e9) return n * 1000; // seconds
  return null;
}

/** "DD.MM.YYYY[ HH:MM[:SS]]" (a portal's site format) → local time. */
function siteFormatMs(text: string): number | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const [day, month, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? 0));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
  return date.getMonth() === (month ?? 0) - 1 && date.getDate() === day ? date.getTime() : null;
}

/**
 * A datetime → epoch ms. Accepts ATOM/ISO-8601 with an offset ("+03:00", "+0300", "Z"), without
 * one (read as the browser's local time, the best guess there is), with a space instead of "T",
 * "DD.MM.YYYY HH:MM:SS", and epoch seconds/ms. false, "", null, objects and garbage → null.
 */
export function parseDateTime(value: unknown): number | null {
  if (typeof value === 'number') return epochMs(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return epochMs(Number(text));
  const site = siteFormatMs(text);
  if (site !== null) return site;
  const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) || ms <= 0 ? null : ms;
}

/** A day and month, validated (31-02 is rejected). */
function dayMonth(day: number, month: number): { day: number; month: number } | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return null;
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return day <= longest ? { day, month } : null;
}

/**
 * A birthday's day and month from any of the shapes portals print: im "DD-MM", user.get ATOM
 * ("1990-05-14T00:00:00+03:00", read from the date part as written, never shifted through a time
 * zone), a plain "1990-05-14", or the site format "14.05.1990". "" / false / garbage → null.
 */
export function parseBirthday(value: unknown): { day: number; month: number } | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const short = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (short) return dayMonth(Number(short[1]), Number(short[2]));
  const iso = /^\d{4}-(\d{2})-(\d{2})/.exec(text);
  if (iso) return dayMonth(Number(iso[2]), Number(iso[1]));
  const site = /^(\d{1,2})\.(\d{1,2})(?:\.\d{4})?(?:\s|$)/.exec(text);
  if (site) return dayMonth(Number(site[1]), Number(site[2]));
  return null;
}

/**
 * A PHP map: an object, `[]` (PHP's empty array), a JSON string of an object, or anything else
 * (→ empty). Arrays with items become objects keyed by index.
 */
export function mapOrEmpty(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('{') && !text.startsWith('[')) return {};
    try {
      return mapOrEmpty(JSON.parse(text) as unknown);
    } catch {
      return {};
    }
  }
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item as unknown]));
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * The items of a list however it came: an array, or a PHP array printed as an object keyed by id
 * or index (`{"4": {...}, "5": {...}}`). null / false / "" / other scalars → [].
 */
export function listItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return [];
}

/** An object's keys in UPPER case (a portal may print `id` for `ID`); upper-case keys win. */
export function upperKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const upper = key.toUpperCase();
    if (key === upper || !(upper in value)) out[upper] = item;
  }
  return out;
}
