import { describe, expect, it } from 'vitest';
import { makePerson } from './fixtures';
import { filterPeople, matchPerson, normaliseForSearch, searchWords } from './search';
import type { Department, Person } from './types';

const NOW = Date.UTC(2026, 2, 2, 12);
const MIN = 60_000;

const dep = (id: number, name: string, parentId: number | null): Department => ({ id, name, parentId, headUserId: null });
const departments = new Map(
  [dep(1, 'Company', null), dep(2, 'Sales', 1), dep(3, 'Development', 1), dep(4, 'Frontend team', 3)].map((d) => [d.id, d]),
);

describe('normaliseForSearch', () => {
  it('folds case, ё → е, trims and collapses whitespace', () => {
    expect(normaliseForSearch('  Артём   СЁМИН\t ')).toBe('артем семин');
    expect(normaliseForSearch('ANNA\u00a0Ivanova')).toBe('anna ivanova');
  });

  it('normalises compatibility forms (NFKC), e.g. full-width letters', () => {
    expect(normaliseForSearch('ＡＢＣ')).toBe('abc');
  });
});

describe('searchWords', () => {
  it('splits on spaces and punctuation', () => {
    expect(searchWords('Anna-Maria  O’Brien (QA), «Отдел»')).toEqual(['anna', 'maria', 'o', 'brien', 'qa', 'отдел']);
    expect(searchWords('   ')).toEqual([]);
  });
});

describe('matchPerson', () => {
  const anna = makePerson({ firstName: 'Анна', lastName: 'Фёдорова', position: 'Frontend developer' });

  it('matches any word prefix of the name, in any order ("Last First")', () => {
    expect(matchPerson(anna, 'анна')).toBe(true);
    expect(matchPerson(anna, 'фед')).toBe(true);
    expect(matchPerson(anna, 'Фёдорова Анна')).toBe(true);
    expect(matchPerson(anna, 'ан фё')).toBe(true);
  });

  it('does not match inside a word', () => {
    expect(matchPerson(anna, 'дорова')).toBe(false);
  });

  it('matches position and department names', () => {
    expect(matchPerson(anna, 'developer')).toBe(true);
    expect(matchPerson(anna, 'sales', ['Sales'])).toBe(true);
    expect(matchPerson(anna, 'marketing', ['Sales'])).toBe(false);
  });

  it('needs every query word to match somewhere (AND across fields)', () => {
    expect(matchPerson(anna, 'анна front sal', ['Sales'])).toBe(true);
    expect(matchPerson(anna, 'анна backend', ['Sales'])).toBe(false);
  });

  it('matches everyone on an empty or blank query', () => {
    expect(matchPerson(anna, '')).toBe(true);
    expect(matchPerson(anna, '   ')).toBe(true);
  });

  it('copes with a missing position and empty names', () => {
    const nobody = makePerson({ firstName: '', lastName: '', name: 'user@example.com', position: null });
    expect(matchPerson(nobody, 'user')).toBe(true);
    expect(matchPerson(nobody, 'developer')).toBe(false);
  });
});

describe('filterPeople', () => {
  const people: Person[] = [
    makePerson({ id: 1, firstName: 'Anna', lastName: 'Ivanova', departmentIds: [2], presence: { lastActivityAt: NOW - MIN } }),
    makePerson({ id: 2, firstName: 'Boris', lastName: 'Petrov', departmentIds: [3], presence: { lastActivityAt: NOW - MIN, status: 'dnd' } }),
    makePerson({ id: 3, firstName: 'Vera', lastName: 'Smirnova', departmentIds: [4], position: 'Designer' }),
    makePerson({ id: 4, firstName: 'Gleb', lastName: 'Orlov', departmentIds: [], presence: { lastActivityAt: NOW - MIN, idleSince: NOW - MIN } }),
  ];
  const ids = (list: Person[]) => list.map((p) => p.id);
  const base = { now: NOW, departmentsById: departments };

  it('returns everyone, in order, with no filters', () => {
    expect(ids(filterPeople(people, base))).toEqual([1, 2, 3, 4]);
  });

  it('filters by query across names, positions and department names', () => {
    expect(ids(filterPeople(people, { ...base, query: 'petrov' }))).toEqual([2]);
    expect(ids(filterPeople(people, { ...base, query: 'design' }))).toEqual([3]);
    expect(ids(filterPeople(people, { ...base, query: 'frontend' }))).toEqual([3]);
    expect(ids(filterPeople(people, { ...base, query: 'sales anna' }))).toEqual([1]);
  });

  it('filters by presence', () => {
    expect(ids(filterPeople(people, { ...base, presence: 'online' }))).toEqual([1]);
    expect(ids(filterPeople(people, { ...base, presence: 'dnd' }))).toEqual([2]);
    expect(ids(filterPeople(people, { ...base, presence: 'away' }))).toEqual([4]);
    expect(ids(filterPeople(people, { ...base, presence: 'offline' }))).toEqual([3]);
  });

  it('filters by department including sub-departments unless told otherwise', () => {
    expect(ids(filterPeople(people, { ...base, departmentId: 3 }))).toEqual([2, 3]);
    expect(ids(filterPeople(people, { ...base, departmentId: 3, includeSubDepartments: false }))).toEqual([2]);
    expect(ids(filterPeople(people, { ...base, departmentId: 1 }))).toEqual([1, 2, 3]);
  });

  it('combines all filters', () => {
    expect(ids(filterPeople(people, { ...base, departmentId: 1, presence: 'offline', query: 'vera' }))).toEqual([3]);
    expect(ids(filterPeople(people, { ...base, departmentId: 2, presence: 'dnd' }))).toEqual([]);
  });

  it('uses the caller presence when given', () => {
    const allDnd = () => ({ state: 'dnd', onMobile: false, lastSeenAt: null, idleSince: null, absentUntil: null, chosen: 'dnd' }) as const;
    expect(ids(filterPeople(people, { ...base, presence: 'dnd', presenceOf: allDnd }))).toEqual([1, 2, 3, 4]);
  });

  it('filters 5,000 people quickly (generous bound: 20 ms per warm pass)', () => {
    const many: Person[] = Array.from({ length: 5000 }, (_, i) =>
      makePerson({
        id: i + 1,
        firstName: ['Anna', 'Boris', 'Vera', 'Gleb', 'Darya'][i % 5]!,
        lastName: `Surname${i}`,
        position: i % 3 === 0 ? 'Frontend developer' : 'Manager',
        departmentIds: [(i % 4) + 1],
        presence: { lastActivityAt: i % 2 === 0 ? NOW - MIN : NOW - 3_600_000 },
      }),
    );
    filterPeople(many, { ...base, query: 'warm up' }); // builds the cached haystacks
    const t0 = performance.now();
    const found = filterPeople(many, { ...base, query: 'anna front', presence: 'online', departmentId: 1 });
    const ms = performance.now() - t0;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.firstName === 'Anna' && p.position === 'Frontend developer')).toBe(true);
    expect(ms).toBeLessThan(20);
  });

  it('filters 5,000 people from cold (no cache) within a generous bound', () => {
    const many: Person[] = Array.from({ length: 5000 }, (_, i) =>
      makePerson({ id: i + 1, lastName: `Surname${i}`, position: 'Manager', departmentIds: [2] }),
    );
    const t0 = performance.now();
    filterPeople(many, { ...base, query: 'surname4999' });
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('words around markup', () => {
  it('finds a name written next to HTML-like characters', () => {
    expect(searchWords('<img src=x onerror=alert(1)>Hacker')).toContain('hacker');
  });
});
