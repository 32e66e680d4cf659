import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../people/fixtures';
import type { Person } from '../../../people/types';
import { followsOrder, reversedPairs } from './pageOrder';

const named = (...lastNames: string[]): Person[] => lastNames.map((lastName, i) => makePerson({ id: i + 1, lastName }));
const active = (...minutesAgo: (number | null)[]): Person[] =>
  minutesAgo.map((m, i) => {
    const person = makePerson({ id: i + 1 });
    return { ...person, presence: { ...person.presence, lastActivityAt: m === null ? null : 1_700_000_000_000 - m * 60_000 } };
  });

describe('followsOrder', () => {
  it('accepts a page sorted by last name, ignoring case, accents and ё', () => {
    expect(followsOrder(named('Abbott', 'éclair', 'Ivanov', 'O’Brien', 'obrien', 'Smith', 'Ёлкин', 'Елисеев', 'Петров'), 'name')).toBe(true);
  });

  it('tolerates a neighbour or two the portal collates differently', () => {
    expect(reversedPairs(named('Abbott', 'Zeta', 'Brown', 'Carter', 'Davis', 'Evans', 'Fox', 'Grant', 'Hill', 'Irwin'), 'name')).toBe(1);
    expect(followsOrder(named('Abbott', 'Zeta', 'Brown', 'Carter', 'Davis', 'Evans', 'Fox', 'Grant', 'Hill', 'Irwin'), 'name')).toBe(true);
  });

  it('rejects a page in another order (by id, by first name)', () => {
    expect(followsOrder(named('Smith', 'Abbott', 'Young', 'Brown', 'Walker', 'Carter', 'Taylor', 'Davis', 'Moore', 'Evans'), 'name')).toBe(false);
  });

  it('checks most recently active first, never active last', () => {
    expect(followsOrder(active(1, 5, 5, 60, 600, null, null), 'recent')).toBe(true);
    expect(followsOrder(active(null, 600, 1, 60, 5, null, 3), 'recent')).toBe(false);
  });

  it('a page of one or none is in order', () => {
    expect(followsOrder([], 'name')).toBe(true);
    expect(followsOrder(named('Zeta'), 'recent')).toBe(true);
  });
});
