import { describe, expect, it } from 'vitest';
import { ONLINE_WINDOW_MS } from '../../../people/presence';
import { EMPTY_PRESENCE_INDEX, withImPeople } from '../../../people/presenceIndex';
import { makePerson } from '../../../people/fixtures';
import type { Department, Person } from '../../../people/types';
import { activeFilterCount, buildFullView, countSearchMatches, DEFAULT_FILTERS, displayPerson, type FullViewInput } from './fullView';

const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);
const MIN = 60_000;

const departments: Department[] = [
  { id: 1, name: 'Company', parentId: null, headUserId: null },
  { id: 2, name: 'Sales', parentId: 1, headUserId: null },
  { id: 3, name: 'Key accounts', parentId: 2, headUserId: null },
  { id: 4, name: 'Development', parentId: 1, headUserId: null },
];
const departmentsById = new Map(departments.map((d) => [d.id, d]));

/** Directory rows (user.get): online/offline only. */
const row = (id: number, firstName: string, lastName: string, over: Partial<Person> = {}) =>
  makePerson({
    id,
    firstName,
    lastName,
    presence: { source: 'directory', status: null, onlineFlag: true, lastActivityAt: NOW - MIN },
    ...over,
  });

const anna = row(1, 'Anna', 'Ivanova', { position: 'Frontend developer', departmentIds: [4] });
const boris = row(2, 'Boris', 'Petrov', { position: 'Account manager', departmentIds: [3] });
const clara = row(3, 'Clara', 'Smirnova', { position: 'Sales director', departmentIds: [2] });
const dmitry = row(4, 'Dmitry', 'Abramov', { position: null, departmentIds: [4] });
const people = [anna, boris, clara, dmitry];

const im = (base: Person, presence: Partial<Person['presence']>) => ({ ...base, presence: { ...base.presence, source: 'im' as const, status: 'online' as const, ...presence } });

const index = withImPeople(
  EMPTY_PRESENCE_INDEX,
  [
    im(anna, { status: 'dnd', lastActivityAt: NOW - MIN }),
    im(boris, { status: 'online', idleSince: NOW - 20 * MIN, lastActivityAt: NOW - 2 * MIN }),
    im(clara, { status: 'online', lastActivityAt: NOW - ONLINE_WINDOW_MS - MIN }),
    // Dmitry: no im object yet (directory facts only: online per IS_ONLINE)
  ],
  NOW,
);

const input = (over: Partial<FullViewInput> = {}): FullViewInput => ({
  people,
  presence: index,
  me: null,
  filters: DEFAULT_FILTERS,
  departmentsById,
  now: NOW,
  locale: 'en-US',
  ...over,
});

const names = (view: ReturnType<typeof buildFullView>) => view.rows.map((r) => r.person.firstName);

describe('buildFullView', () => {
  it('orders by last name and merges im presence', () => {
    const view = buildFullView(input());
    expect(names(view)).toEqual(['Dmitry', 'Anna', 'Boris', 'Clara']);
    expect(view.rows.map((r) => r.presence.state)).toEqual(['online', 'dnd', 'away', 'offline']);
    expect(view.loaded).toBe(4);
  });

  it('searches name, position and department names', () => {
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, query: 'petr' } })))).toEqual(['Boris']);
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, query: 'director' } })))).toEqual(['Clara']);
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, query: 'key acc' } })))).toEqual(['Boris']);
  });

  it('filters by department including sub-departments', () => {
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, departmentId: 2 } })))).toEqual(['Boris', 'Clara']);
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, departmentId: 4 } })))).toEqual(['Dmitry', 'Anna']);
  });

  it('filters by presence only on im facts: a directory row is not a known "online"', () => {
    const online = buildFullView(input({ filters: { ...DEFAULT_FILTERS, presence: 'online' } }));
    expect(names(online)).toEqual([]); // Dmitry's IS_ONLINE is not enough to claim "online, not dnd/away"
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, presence: 'dnd' } })))).toEqual(['Anna']);
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, presence: 'away' } })))).toEqual(['Boris']);
    expect(names(buildFullView(input({ filters: { ...DEFAULT_FILTERS, presence: 'offline' } })))).toEqual(['Clara']);
  });

  it('without statuses (no im scope), online and offline filters use the directory facts', () => {
    const lost = (p: Person, lastActivityAt: number) => ({ ...p, presence: { ...p.presence, lastActivityAt } });
    const directoryOnly = [anna, lost(boris, NOW - ONLINE_WINDOW_MS - MIN), clara];
    const view = (presence: 'online' | 'offline') =>
      names(buildFullView(input({ people: directoryOnly, presence: EMPTY_PRESENCE_INDEX, statusesUnavailable: true, filters: { ...DEFAULT_FILTERS, presence } })));
    expect(view('online')).toEqual(['Anna', 'Clara']);
    expect(view('offline')).toEqual(['Boris']);
  });

  it('counts what the search alone finds', () => {
    expect(countSearchMatches(people, 'dev', departmentsById, NOW)).toBe(2); // Anna (position), Dmitry (department)
    expect(countSearchMatches(people, 'zzz', departmentsById, NOW)).toBe(0);
  });

  it('orders available people first', () => {
    const view = buildFullView(input({ filters: { ...DEFAULT_FILTERS, order: 'presence' } }));
    expect(names(view)).toEqual(['Dmitry', 'Boris', 'Anna', 'Clara']);
  });

  it('shows my chosen status at once in my own row', () => {
    const view = buildFullView(input({ me: { id: 2, status: 'dnd' } }));
    expect(view.rows.find((r) => r.person.id === 2)?.presence.state).toBe('dnd');
  });

  it('combines filters', () => {
    const view = buildFullView(input({ filters: { query: 'a', presence: 'dnd', departmentId: 4, order: 'name' } }));
    expect(names(view)).toEqual(['Anna']);
  });
});

describe('displayPerson', () => {
  it('returns the same object while nothing changed, a new one when presence arrives', () => {
    const a = displayPerson(dmitry, index, null);
    expect(displayPerson(dmitry, index, null)).toBe(a);
    const next = withImPeople(index, [im(dmitry, { status: 'away' })], NOW + 1);
    expect(displayPerson(dmitry, next, null)).not.toBe(a);
    expect(displayPerson(dmitry, next, null).presence.status).toBe('away');
  });
});

describe('activeFilterCount', () => {
  it('counts search, status and department, not the order', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount({ query: ' x ', presence: 'dnd', departmentId: 3, order: 'presence' })).toBe(3);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, query: '   ', order: 'presence' })).toBe(0);
  });
});
