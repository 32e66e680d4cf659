import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../people/fixtures';
import type { Person } from '../../../people/types';
import { pagedSlots, pagesToFetch, presenceWindowIds, slotPersonId } from './pagedSlots';

const page = (from: number, count: number): Person[] => Array.from({ length: count }, (_, i) => makePerson({ id: from + i }));

describe('pagedSlots', () => {
  it('fills loaded pages with people and the others with placeholders', () => {
    const slots = pagedSlots(120, { 0: page(1, 50), 2: page(101, 20) });
    expect(slots).toHaveLength(120);
    expect(slots[0]).toMatchObject({ kind: 'person' });
    expect(slots[50]).toEqual({ kind: 'placeholder', page: 1 });
    expect(slots[99]).toEqual({ kind: 'placeholder', page: 1 });
    expect(slots[100]).toMatchObject({ kind: 'person', person: { id: 101 } });
  });

  it('closes the gap when a page comes back short (rows dropped by the portal)', () => {
    const slots = pagedSlots(100, { 0: page(1, 48), 1: page(51, 50) });
    expect(slots).toHaveLength(98);
    expect(slotPersonId(slots[48]!)).toBe(51);
  });

  it('is empty for an empty list', () => {
    expect(pagedSlots(0, {})).toEqual([]);
  });
});

describe('pagesToFetch', () => {
  const slots = pagedSlots(10_000, { 0: page(1, 50), 1: page(51, 50) });

  it('asks for nothing while the screen and the page below are loaded', () => {
    expect(pagesToFetch(slots, { first: 0, last: 14 })).toEqual([]);
  });

  it('asks for the next page ahead of the screen', () => {
    expect(pagesToFetch(slots, { first: 40, last: 54 })).toEqual([2]);
  });

  it('asks for the pages under a jump to the middle', () => {
    expect(pagesToFetch(slots, { first: 5000, last: 5014 })).toEqual([100, 101]);
  });
});

describe('presenceWindowIds', () => {
  it('takes up to 50 loaded people from the first visible row, skipping placeholders', () => {
    const slots = pagedSlots(200, { 0: page(1, 50), 2: page(101, 50) });
    expect(presenceWindowIds(slots, 0, slotPersonId)).toEqual(page(1, 50).map((p) => p.id));
    expect(presenceWindowIds(slots, 40, slotPersonId)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(presenceWindowIds(slots, 140, slotPersonId)).toEqual([141, 142, 143, 144, 145, 146, 147, 148, 149, 150]);
  });
});
