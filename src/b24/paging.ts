/**
 * Where the next page starts, decided liberally. The reference says list answers carry `total`
 * and, when there is more, `next`; a portal may send neither, or a `total` that contradicts the
 * rows it sent. The rules, in order:
 *
 * 1. No rows at `start` → this is the end.
 * 2. A `total` that is consistent (≥ the rows seen so far) decides: more while `start + rows < total`.
 * 3. Otherwise (no total, or a wrong one) the envelope's `next` decides, and without it a full page
 *    (rows ≥ the page size) means "probably more": asking once more costs one page that may come
 *    back empty, while stopping early would silently hide people.
 *
 * The next page starts right after the rows received (`start` is a row offset), so a portal that
 * pages by fewer rows than asked for loses nobody. When the total is not known, `total` is a lower
 * bound: the rows seen, plus one when more are expected (`totalExact: false`).
 */

export interface PageFacts {
  /** The row offset this page was asked for (`start` / `OFFSET`). */
  start: number;
  /** Rows the portal sent for this page (before any filtering on our side). */
  received: number;
  /** Rows a full page has (50 for user.get / department.get, LIMIT for im.* methods). */
  pageSize: number;
  /** The envelope's `total` (0 when it was not sent). */
  total: number;
  /** Whether the envelope carried a `next` (undefined when the transport could not tell). */
  more?: boolean;
}

export interface PageInfo {
  /** The portal's count when it is consistent; otherwise a lower bound. */
  total: number;
  /** False when `total` is only a lower bound (the portal sent no usable total). */
  totalExact: boolean;
  /** The offset of the next page, or null on the last page. */
  next: number | null;
}

export function pageAfter({ start, received, pageSize, total, more }: PageFacts): PageInfo {
  const seen = start + received;
  if (received <= 0) {
    const consistent = total === start || (total === 0 && start === 0);
    return { total: Math.max(total, start), totalExact: consistent, next: null };
  }
  if (total >= seen) {
    return { total, totalExact: true, next: seen < total ? seen : null };
  }
  const hasMore = more === true || received >= pageSize;
  return { total: hasMore ? seen + 1 : seen, totalExact: false, next: hasMore ? seen : null };
}
