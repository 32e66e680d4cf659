import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../people/fixtures';
import type { Person } from '../../../people/types';
import type { ChainPage, PageChain } from './pageChain';
import { onScreenIds, pagedSlots, presenceWindowIds, slotPersonId, startsToFetch, type Slot } from './pagedSlots';

const people = (from: number, count: number): Person[] => Array.from({ length: count }, (_, i) => makePerson({ id: from + i }));

/** A page of `count` people from id `from`, `rows` rows long (default: its people), out of `total`. */
function page(from: number, count: number, start: number, total: number, rows = count, exact = true): ChainPage<Person> {
  const end = start + rows;
  return { items: people(from, count), next: exact ? (end < total ? end : null) : end, total, totalExact: exact };
}

const kinds = (slots: Slot[]) => slots.map((s) => (s.kind === 'person' ? `#${s.person.id}` : `@${s.start}`));

describe('pagedSlots', () => {
  it('fills loaded pages with people and the others with placeholders by row offset', () => {
    const slots = pagedSlots(120, { 0: page(1, 50, 0, 120), 100: page(101, 20, 100, 120) });
    expect(slots).toHaveLength(120);
    expect(slots[0]).toMatchObject({ kind: 'person' });
    expect(slots[50]).toEqual({ kind: 'placeholder', start: 50 });
    expect(slots[99]).toEqual({ kind: 'placeholder', start: 50 });
    expect(slots[100]).toMatchObject({ kind: 'person', person: { id: 101 } });
  });

  it('closes the gap when a page comes back short (rows dropped by the portal)', () => {
    const slots = pagedSlots(100, { 0: page(1, 48, 0, 100, 50), 50: page(51, 50, 50, 100) });
    expect(slots).toHaveLength(98);
    expect(slotPersonId(slots[48]!)).toBe(51);
  });

  it('a portal paging by 20 is asked from where each page stopped: no gap, no repeat', () => {
    // Page 0 brought 20 rows (next 20): the step is 20; a page asked at 50 brought rows 50…69.
    const chain: PageChain<Person> = { 0: page(1, 20, 0, 100), 50: page(51, 20, 50, 100) };
    const slots = pagedSlots(100, chain);
    expect(kinds(slots).slice(18, 23)).toEqual(['#19', '#20', '@20', '@20', '@20']);
    expect(slots[20 + 19]).toEqual({ kind: 'placeholder', start: 20 });
    expect(slots[40]).toEqual({ kind: 'placeholder', start: 40 });
    expect(slots[49]).toEqual({ kind: 'placeholder', start: 40 });
    expect(slotPersonId(slots[50]!)).toBe(51);
    expect(slots[70]).toEqual({ kind: 'placeholder', start: 70 });
    expect(slots).toHaveLength(100);
  });

  it('lists a person repeated by overlapping pages once', () => {
    // Page 20 (a short page's follow-up) brought 50 rows, 30 of which page 50 brings again.
    const chain: PageChain<Person> = { 0: page(1, 20, 0, 100), 20: page(21, 50, 20, 100), 50: page(51, 50, 50, 100) };
    const ids = pagedSlots(100, chain).map(slotPersonId);
    expect(ids).toEqual(people(1, 100).map((p) => p.id));
  });

  it('without a usable total, ends with one placeholder at the next page, or nothing after the last', () => {
    const open = pagedSlots(51, { 0: page(1, 50, 0, 51, 50, false) });
    expect(open).toHaveLength(51);
    expect(open[50]).toEqual({ kind: 'placeholder', start: 50 });
    const closed = pagedSlots(120, { 0: page(1, 50, 0, 51, 50, false), 50: { ...page(51, 50, 50, 101, 50, false) }, 100: { items: people(101, 20), next: null, total: 120, totalExact: false } });
    expect(closed).toHaveLength(120);
    expect(closed.every((s) => s.kind === 'person')).toBe(true);
  });

  it('is empty for an empty list', () => {
    expect(pagedSlots(0, {})).toEqual([]);
    expect(pagedSlots(0, { 0: { items: [], next: null, total: 0, totalExact: true } })).toEqual([]);
  });
});

describe('startsToFetch', () => {
  const slots = pagedSlots(10_000, { 0: page(1, 50, 0, 10_000), 50: page(51, 50, 50, 10_000) });

  it('asks for nothing while the screen and the page below are loaded', () => {
    expect(startsToFetch(slots, { first: 0, last: 14 })).toEqual([]);
  });

  it('asks for the next page ahead of the screen', () => {
    expect(startsToFetch(slots, { first: 40, last: 54 })).toEqual([100]);
  });

  it('asks for the pages under a jump to the middle', () => {
    expect(startsToFetch(slots, { first: 5000, last: 5014 })).toEqual([5000, 5050]);
  });
});

describe('presenceWindowIds', () => {
  it('takes up to 50 loaded people from the first visible row, skipping placeholders', () => {
    const slots = pagedSlots(200, { 0: page(1, 50, 0, 200), 100: page(101, 50, 100, 200) });
    expect(presenceWindowIds(slots, 0, slotPersonId)).toEqual(people(1, 50).map((p) => p.id));
    expect(presenceWindowIds(slots, 40, slotPersonId)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(presenceWindowIds(slots, 140, slotPersonId)).toEqual([141, 142, 143, 144, 145, 146, 147, 148, 149, 150]);
  });
});

describe('onScreenIds', () => {
  it('takes the loaded people from the first to the last visible row, skipping placeholders, at most 50', () => {
    const slots = pagedSlots(200, { 0: page(1, 50, 0, 200), 100: page(101, 50, 100, 200) });
    expect(onScreenIds(slots, { first: 3, last: 7 }, slotPersonId)).toEqual([4, 5, 6, 7, 8]);
    expect(onScreenIds(slots, { first: 45, last: 104 }, slotPersonId)).toEqual([46, 47, 48, 49, 50]);
    expect(onScreenIds(slots, { first: 0, last: 199 }, slotPersonId)).toEqual(people(1, 50).map((p) => p.id));
  });
});
