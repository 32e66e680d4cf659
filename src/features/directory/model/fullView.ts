/**
 * The rows of a fully loaded directory (pure): search, department and presence filters, then the
 * order. Text filters run on the directory rows (stable objects, so search haystacks stay
 * cached while presence changes); presence is merged in afterwards.
 *
 * A presence filter only admits people whose presence comes from an im object: a directory row
 * knows online/offline but not "do not disturb" or "away", so it would be a guess. While the
 * check of everyone's presence runs, the list says so.
 */
import { derivePresence, matchesPresenceFilter, type Presence, type PresenceFilter } from '../../../people/presence';
import { personWithIm, type ImEntry, type PresenceIndex } from '../../../people/presenceIndex';
import { filterPeople } from '../../../people/search';
import { sortPeople, type PeopleOrder } from '../../../people/sort';
import type { ChatStatus, Department, Person } from '../../../people/types';

export interface ViewFilters {
  query: string;
  presence: PresenceFilter;
  departmentId: number | null;
  order: PeopleOrder;
}

export const DEFAULT_FILTERS: ViewFilters = { query: '', presence: 'all', departmentId: null, order: 'name' };

export interface ViewRow {
  person: Person;
  presence: Presence;
}

export interface FullViewInput {
  people: readonly Person[];
  presence: PresenceIndex;
  /** Me and the status I chose (from the status card's cache), to show in my own row. */
  me: { id: number; status: ChatStatus | null } | null;
  filters: ViewFilters;
  departmentsById: ReadonlyMap<number, Department>;
  now: number;
  locale: string;
  /**
   * Statuses cannot be loaded (no `im` scope): directory facts are all there is, so a presence
   * filter (then only online/offline, see PRESENCE_CHOICES_WITHOUT_STATUSES) uses them.
   */
  statusesUnavailable?: boolean;
}

export interface FullView {
  rows: ViewRow[];
  /** People in the directory (loaded so far). */
  loaded: number;
}

interface Merged {
  entry: ImEntry | undefined;
  status: ChatStatus | null | undefined;
  person: Person;
}

const mergedCache = new WeakMap<Person, Merged>();

/** The display person for a directory row: same object while its im entry and status stay. */
export function displayPerson(base: Person, index: PresenceIndex, me: FullViewInput['me']): Person {
  const entry = index.get(base.id);
  const status = me && me.id === base.id ? me.status : undefined;
  const cached = mergedCache.get(base);
  if (cached && cached.entry === entry && cached.status === status) return cached.person;
  const person = personWithIm(base, entry, status);
  mergedCache.set(base, { entry, status, person });
  return person;
}

export function buildFullView(input: FullViewInput): FullView {
  const { filters, now } = input;
  const matched = filterPeople(input.people, {
    query: filters.query,
    departmentId: filters.departmentId,
    departmentsById: input.departmentsById,
    now,
  });
  let rows: ViewRow[] = matched.map((base) => {
    const person = displayPerson(base, input.presence, input.me);
    return { person, presence: derivePresence(person.presence, now) };
  });
  if (filters.presence !== 'all') {
    const known = (row: ViewRow) => row.person.presence.source === 'im' || input.statusesUnavailable === true;
    rows = rows.filter((row) => known(row) && matchesPresenceFilter(row.presence, filters.presence));
  }
  const presenceOf = new Map(rows.map((row) => [row.person, row.presence]));
  const sorted = sortPeople(
    rows.map((row) => row.person),
    filters.order,
    { locale: input.locale, now, presenceOf: (p) => presenceOf.get(p) ?? derivePresence(p.presence, now) },
  );
  return { rows: sorted.map((person) => ({ person, presence: presenceOf.get(person)! })), loaded: input.people.length };
}

/** Filters that narrow the list (the order does not). */
export function activeFilterCount(filters: ViewFilters): number {
  return (filters.query.trim() ? 1 : 0) + (filters.presence !== 'all' ? 1 : 0) + (filters.departmentId !== null ? 1 : 0);
}

/** How many people the search alone finds (no status or department filter): for the empty state. */
export function countSearchMatches(people: readonly Person[], query: string, departmentsById: ReadonlyMap<number, Department>, now: number): number {
  return filterPeople(people, { query, departmentsById, now }).length;
}
