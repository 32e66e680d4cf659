import { describe, expect, it } from 'vitest';
import { makePerson } from './fixtures';
import { sortPeople } from './sort';

const NOW = Date.UTC(2026, 2, 2, 12);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('sortPeople by name', () => {
  it('sorts by last name, then first name', () => {
    const people = [
      makePerson({ id: 1, firstName: 'Boris', lastName: 'Smirnov' }),
      makePerson({ id: 2, firstName: 'Anna', lastName: 'Smirnov' }),
      makePerson({ id: 3, firstName: 'Zoe', lastName: 'Adams' }),
    ];
    expect(sortPeople(people, 'name', { locale: 'en', now: NOW }).map((p) => p.id)).toEqual([3, 2, 1]);
  });

  it('uses the locale collation: Ё sorts with Е, case is ignored', () => {
    const people = [
      makePerson({ id: 1, firstName: 'Иван', lastName: 'Жуков' }),
      makePerson({ id: 2, firstName: 'Пётр', lastName: 'Ёлкин' }),
      makePerson({ id: 3, firstName: 'Олег', lastName: 'егоров' }),
      makePerson({ id: 4, firstName: 'Анна', lastName: 'Абрамова' }),
    ];
    expect(sortPeople(people, 'name', { locale: 'ru', now: NOW }).map((p) => p.lastName)).toEqual([
      'Абрамова',
      'егоров',
      'Ёлкин',
      'Жуков',
    ]);
  });

  it('sorts people without a last name by their display name, and numbers naturally', () => {
    const people = [
      makePerson({ id: 1, firstName: '', lastName: '', name: 'user10@example.com' }),
      makePerson({ id: 2, firstName: '', lastName: '', name: 'user2@example.com' }),
      makePerson({ id: 3, firstName: 'Tom', lastName: 'Zed' }),
    ];
    expect(sortPeople(people, 'name', { locale: 'en', now: NOW }).map((p) => p.id)).toEqual([2, 1, 3]);
  });

  it('breaks full ties by id and does not mutate the input', () => {
    const people = [makePerson({ id: 9 }), makePerson({ id: 3 })];
    const sorted = sortPeople(people, 'name', { locale: 'en', now: NOW });
    expect(sorted.map((p) => p.id)).toEqual([3, 9]);
    expect(people.map((p) => p.id)).toEqual([9, 3]);
  });
});

describe('sortPeople by presence', () => {
  it('puts the most reachable first, then by name within each group', () => {
    const people = [
      makePerson({ id: 1, lastName: 'Offline', presence: { lastActivityAt: NOW - 5 * HOUR } }),
      makePerson({ id: 2, lastName: 'Dnd', presence: { lastActivityAt: NOW - MIN, status: 'dnd' } }),
      makePerson({ id: 3, lastName: 'Mobile', presence: { mobileLastAt: NOW - MIN } }),
      makePerson({ id: 4, lastName: 'Leave', presence: { absentUntil: NOW + 24 * HOUR } }),
      makePerson({ id: 5, lastName: 'Away', presence: { lastActivityAt: NOW - MIN, idleSince: NOW - MIN } }),
      makePerson({ id: 6, lastName: 'Online B', presence: { lastActivityAt: NOW - MIN } }),
      makePerson({ id: 7, lastName: 'Online A', presence: { lastActivityAt: NOW - 2 * MIN } }),
      makePerson({ id: 8, lastName: 'Unknown', presence: { source: 'directory', status: null } }),
    ];
    expect(sortPeople(people, 'presence', { locale: 'en', now: NOW }).map((p) => p.lastName)).toEqual([
      'Online A',
      'Online B',
      'Mobile',
      'Away',
      'Dnd',
      'Offline',
      'Leave',
      'Unknown',
    ]);
  });

  it('sorts 5,000 people within a generous bound', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      makePerson({ id: i, lastName: `Name${(i * 7919) % 5000}`, presence: { lastActivityAt: NOW - (i % 3) * HOUR } }),
    );
    const t0 = performance.now();
    const sorted = sortPeople(many, 'presence', { locale: 'en', now: NOW });
    expect(performance.now() - t0).toBeLessThan(250);
    expect(sorted).toHaveLength(5000);
  });
});
