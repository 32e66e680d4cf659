import { describe, expect, it } from 'vitest';
import { pageStarts } from '../../../people/loadingPlan';
import {
  chainComplete,
  chainItems,
  chainOf,
  chainStep,
  chainTotal,
  isCovered,
  missingStarts,
  openStarts,
  withAnsweredPages,
  type AnsweredPage,
  type PageChain,
} from './pageChain';

type Item = { id: number };
const items = (from: number, count: number): Item[] => Array.from({ length: count }, (_, i) => ({ id: from + i }));

/** A page as src/b24 reads it: `rows` from `start` of `total` (exact), or without a total (lower bound). */
function exact(start: number, rows: number, total: number): AnsweredPage<Item> {
  const seen = start + rows;
  return { items: items(start + 1, rows), next: seen < total ? seen : null, total, totalExact: true };
}
function noTotal(start: number, rows: number, more: boolean): AnsweredPage<Item> {
  const seen = start + rows;
  return { items: items(start + 1, rows), next: more ? seen : null, total: more ? seen + 1 : seen, totalExact: false };
}
const add = (chain: PageChain<Item>, ...pages: [number, AnsweredPage<Item>][]) => withAnsweredPages(chain, pages);
const far = { ahead: 4, maxStart: 5000 };

describe('with an exact total', () => {
  it('plans every page from the total, exactly as loadingPlan counts them', () => {
    const chain = chainOf(exact(0, 50, 240));
    expect(missingStarts(chain, far)).toEqual(pageStarts(240).slice(1));
    expect(chainTotal(chain)).toEqual({ total: 240, totalExact: true });
    const full = add(chain, [50, exact(50, 50, 240)], [100, exact(100, 50, 240)], [150, exact(150, 50, 240)], [200, exact(200, 40, 240)]);
    expect(missingStarts(full, far)).toEqual([]);
    expect(chainComplete(full)).toBe(true);
    expect(chainItems(full)).toHaveLength(240);
  });

  it('steps by the rows page 0 brought, and follows a page that came back short', () => {
    const chain = chainOf(exact(0, 20, 100));
    expect(chainStep(chain)).toBe(20);
    expect(missingStarts(chain, far)).toEqual([20, 40, 60, 80]);
    // Page 40 brought 15 rows only: row 55 is asked, not skipped.
    const later = add(chain, [20, exact(20, 20, 100)], [40, exact(40, 15, 100)], [60, exact(60, 20, 100)], [80, exact(80, 20, 100)]);
    expect(openStarts(later)).toEqual([55]);
    expect(missingStarts(later, far)).toEqual([55]);
    expect(chainComplete(later)).toBe(false);
  });
});

describe('without a usable total', () => {
  it('follows next and asks pages ahead of it, up to a limit', () => {
    const chain = chainOf(noTotal(0, 50, true));
    expect(chainTotal(chain)).toEqual({ total: 51, totalExact: false });
    expect(missingStarts(chain, far)).toEqual([50, 100, 150, 200]);
    expect(missingStarts(chain, { ahead: 4, maxStart: 100 })).toEqual([50, 100]);
    expect(chainComplete(chain)).toBe(false);
  });

  it('the total grows with each page (the largest lower bound) until the last page ends the list', () => {
    let chain = chainOf(noTotal(0, 50, true));
    chain = add(chain, [50, noTotal(50, 50, true)]);
    expect(chainTotal(chain)).toEqual({ total: 101, totalExact: false });
    // A page after the end comes back empty; the last page with rows decides.
    chain = add(chain, [100, noTotal(100, 20, false)], [150, noTotal(150, 0, false)], [200, { items: [], next: null, total: 200, totalExact: false }]);
    expect(chainTotal(chain)).toEqual({ total: 120, totalExact: true });
    expect(chainComplete(chain)).toBe(true);
    expect(chainItems(chain).map((i) => i.id)).toEqual(items(1, 120).map((i) => i.id));
  });

  it('a page that repeats people already listed (a portal ignoring start) ends the list', () => {
    const page0 = noTotal(0, 50, true);
    const chain = add(chainOf(page0), [50, { ...page0, next: 100, total: 101 }], [100, { ...page0, next: 150, total: 151 }]);
    expect(chain[50]!.next).toBeNull();
    expect(openStarts(chain)).toEqual([]);
    expect(chainComplete(chain)).toBe(true);
    expect(chainTotal(chain).total).toBe(50);
    expect(chainItems(chain)).toHaveLength(50);
  });

  it('a repeating page in the middle does not end a list whose later pages bring new people', () => {
    const chain = add(chainOf(exact(0, 50, 150)), [50, { ...exact(0, 50, 150), next: 100 }], [100, exact(100, 50, 150)]);
    expect(chainTotal(chain)).toEqual({ total: 150, totalExact: true });
  });
});

describe('isCovered', () => {
  it('covers the rows of a page up to its next, or its items on the last page', () => {
    const chain = add(chainOf(exact(0, 50, 120)), [100, exact(100, 20, 120)]);
    expect(isCovered(chain, 0)).toBe(true);
    expect(isCovered(chain, 49)).toBe(true);
    expect(isCovered(chain, 50)).toBe(false);
    expect(isCovered(chain, 119)).toBe(true);
    expect(isCovered(chain, 120)).toBe(false);
  });
});
