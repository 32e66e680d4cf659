/**
 * Parameter coercion with PHP semantics: the portal upper-cases im.* / user.* parameter keys,
 * reads numbers with intval(), compares Y/N flags, and accepts id lists as arrays or JSON strings.
 */

export type Params = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys upper-cased (later duplicates win, as with PHP array_change_key_case). */
export function upperKeys(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) out[key.toUpperCase()] = value;
  return out;
}

/** PHP intval(): leading integer of a string, 0 for junk, 1/0 for booleans. */
export function toInt(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const m = /^\s*([+-]?\d+)/.exec(value);
    return m ? Number.parseInt(m[1] ?? '0', 10) : 0;
  }
  return 0;
}

/** `"Y"` flag (PHP `== 'Y'`: also boolean true). */
export function isYes(value: unknown): boolean {
  return value === 'Y' || value === true;
}

/** Loose boolean used by halt, ACTIVE, ADMIN_MODE: true/1/"1"/"Y"/"true". */
export function toBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return ['1', 'y', 'true'].includes(value.trim().toLowerCase());
  return false;
}

/** A list of ids given as an array, an object of values (form parsing) or a JSON string; null = wrong format. */
export function parseIdList(value: unknown): number[] | null {
  let list: unknown = value;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      return null;
    }
  }
  if (isRecord(list)) list = Object.values(list);
  if (!Array.isArray(list)) return null;
  return list.map(toInt);
}

export function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** OFFSET / LIMIT of im.* list methods: LIMIT ≤ 0 or missing → the default, capped at the maximum. */
export function imPaging(up: Params, defaultLimit: number, maxLimit: number): { offset: number; limit: number } {
  const asked = toInt(up.LIMIT);
  return { offset: Math.max(0, toInt(up.OFFSET)), limit: Math.min(asked > 0 ? asked : defaultLimit, maxLimit) };
}

/** One page of an im.* list: the items, `total`, and `next` (the next OFFSET) when more remain. */
export function imPage<T, R>(all: readonly T[], paging: { offset: number; limit: number }, map: (item: T) => R): { result: R[]; total: number; next?: number } {
  const { offset, limit } = paging;
  const out: { result: R[]; total: number; next?: number } = { result: all.slice(offset, offset + limit).map(map), total: all.length };
  if (offset + limit < all.length) out.next = offset + limit;
  return out;
}
