/**
 * The pages of a list as the portal answered them (pure), keyed by their row offset (`start`).
 * Each page keeps what src/b24 read from its envelope: where the next page starts (`next`, null on
 * the last page) and the portal's count (`total`, a lower bound when `totalExact` is false).
 *
 * A portal written from the reference may leave `total` out, send `next` without it, answer fewer
 * rows than 50 a page, or ignore `start`. So:
 * - with an exact total, the pages to ask are planned from it (every `step` rows, `step` being the
 *   rows page 0 brought, 50 normally), plus any `next` a page points to that no page covers;
 * - without one, the pages to ask are the `next`s nobody covers, plus `ahead` pages after the
 *   furthest of them (asked in the same request; one past the end comes back empty);
 * - a page whose every item was already listed (a portal ignoring `start`) ends the list there
 *   (unless a later page brings someone new);
 * - items are listed in page order, each id once.
 */
import { PAGE_SIZE, pageStarts } from '../../../people/loadingPlan';

export interface ChainPage<T> {
  items: readonly T[];
  /** Where the next page starts, or null on the last page. */
  next: number | null;
  total: number;
  /** False when `total` is only a lower bound. */
  totalExact: boolean;
}

/** Pages by `start`. */
export type PageChain<T> = Readonly<Record<number, ChainPage<T>>>;

/** One page as src/b24 answers it (`totalExact` absent = exact). */
export interface AnsweredPage<T> {
  items: readonly T[];
  next: number | null;
  total: number;
  totalExact?: boolean;
}

interface Identified {
  id: number;
}

/** The loaded `start`s, ascending. */
export function startsOf<T>(chain: PageChain<T>): number[] {
  return Object.keys(chain)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Rows a page spans from its start: up to its `next`, or its own items on the last page (≥ 1). */
export function pageSpan<T>(start: number, page: ChainPage<T>): number {
  return page.next !== null && page.next > start ? page.next - start : Math.max(1, page.items.length);
}

/** The portal's page size as page 0 showed it (the rows it brought when more followed), else 50. */
export function chainStep<T>(chain: PageChain<T>): number {
  const first = chain[0];
  return first && first.next !== null && first.next > 0 ? first.next : PAGE_SIZE;
}

/** Whether a loaded page starts at `offset` or spans it. */
export function isCovered<T>(chain: PageChain<T>, offset: number): boolean {
  for (const start of startsOf(chain)) {
    if (start > offset) return false;
    if (offset < start + pageSpan(start, chain[start]!)) return true;
  }
  return false;
}

/** The offsets loaded pages point to (`next`) that no loaded page covers. */
export function openStarts<T>(chain: PageChain<T>): number[] {
  const open = new Set<number>();
  for (const start of startsOf(chain)) {
    const next = chain[start]!.next;
    if (next !== null && !isCovered(chain, next)) open.add(next);
  }
  return [...open].sort((a, b) => a - b);
}

/**
 * How many there are. The list ends at the first page with no `next` after which no page brings
 * anyone new (pages past the end come back empty or repeat): its count decides. Otherwise the
 * exact count when every page had one, else the largest lower bound any page gave.
 */
export function chainTotal<T extends Identified>(chain: PageChain<T>): { total: number; totalExact: boolean } {
  const starts = startsOf(chain);
  if (starts.length === 0) return { total: 0, totalExact: false };
  const seen = new Set<number>();
  const fresh = starts.map((start) => {
    let any = false;
    for (const item of chain[start]!.items) {
      if (!seen.has(item.id)) any = true;
      seen.add(item.id);
    }
    return any;
  });
  let end: number | null = null;
  let freshLater = false;
  for (let i = starts.length - 1; i >= 0; i--) {
    const page = chain[starts[i]!]!;
    if (page.next === null && !freshLater) end = page.total;
    freshLater ||= fresh[i]!;
  }
  if (end !== null) return { total: end, totalExact: true };
  const last = chain[starts.at(-1)!]!;
  if (starts.every((start) => chain[start]!.totalExact)) return { total: last.total, totalExact: true };
  return { total: Math.max(...starts.map((start) => chain[start]!.total)), totalExact: false };
}

export interface AskOptions {
  /** Without an exact total: how many pages to ask in all this time (open ones first, then guesses). */
  ahead: number;
  /** Guessed pages start at most here. */
  maxStart: number;
}

/** The `start`s still to ask for, in order (see the module comment). */
export function missingStarts<T extends Identified>(chain: PageChain<T>, { ahead, maxStart }: AskOptions): number[] {
  if (!(0 in chain)) return [0];
  const open = openStarts(chain);
  const { total, totalExact } = chainTotal(chain);
  const step = chainStep(chain);
  const wanted = new Set(open);
  if (totalExact) {
    for (const start of pageStarts(total, step)) if (!(start in chain) && !isCovered(chain, start)) wanted.add(start);
  } else if (open.length > 0) {
    for (let start = open.at(-1)! + step; wanted.size < ahead && start <= maxStart; start += step) {
      if (!isCovered(chain, start)) wanted.add(start);
    }
  }
  return [...wanted].sort((a, b) => a - b);
}

/** Every row is in: nothing is left to ask for. */
export function chainComplete<T extends Identified>(chain: PageChain<T>): boolean {
  return missingStarts(chain, { ahead: 0, maxStart: 0 }).length === 0;
}

/** The items in page order, each id once (an item moving between pages while we load is kept once). */
export function chainItems<T extends Identified>(chain: PageChain<T>): T[] {
  const seen = new Set<number>();
  const items: T[] = [];
  for (const start of startsOf(chain)) {
    for (const item of chain[start]!.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}

/**
 * Adds answered pages (replacing pages at the same start). A page that brings items but none
 * new ends the list there: the portal is repeating itself (it ignores `start`), and following its
 * `next` would never end.
 */
export function withAnsweredPages<T extends Identified>(
  chain: PageChain<T>,
  answered: ReadonlyMap<number, AnsweredPage<T>> | Iterable<readonly [number, AnsweredPage<T>]>,
): PageChain<T> {
  const arriving = [...answered].sort(([a], [b]) => a - b);
  if (arriving.length === 0) return chain;
  const next: Record<number, ChainPage<T>> = { ...chain };
  for (const [start] of arriving) delete next[start];
  const known = new Set(chainItems(next).map((item) => item.id));
  for (const [start, page] of arriving) {
    const repeated = page.items.length > 0 && page.items.every((item) => known.has(item.id));
    next[start] = repeated
      ? { items: page.items, next: null, total: start, totalExact: false }
      : { items: page.items, next: page.next, total: page.total, totalExact: page.totalExact !== false };
    for (const item of page.items) known.add(item.id);
  }
  return next;
}

/** A chain of one page (e.g. page 0 from the first screen). */
export function chainOf<T extends Identified>(page: AnsweredPage<T>, start = 0): PageChain<T> {
  return withAnsweredPages<T>({}, [[start, page]]);
}
