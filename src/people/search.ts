/**
 * People search and filtering (pure).
 *
 * A query is split into words; every query word must be the beginning of some word of the
 * person's name, first name, last name, position or department names (AND across words, any
 * field per word). So "iva", "ivanova anna", "anna iv", "dev front" and "sales" all find
 * "Anna Ivanova, Frontend developer, Sales". Case, "ё"/"е" and extra spaces do not matter.
 */
import { buildDepartmentTree, departmentNames, descendantIds, type DepartmentTree } from './departments';
import { derivePresence, matchesPresenceFilter, type Presence, type PresenceFilter } from './presence';
import type { Department, Person } from './types';

/** Lower case, "ё" → "е", Unicode-normalised (NFKC), trimmed, inner whitespace collapsed. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The normalised words of a text: runs of letters and digits (anything else, markup included, separates). */
export function searchWords(text: string): string[] {
  return normaliseForSearch(text).split(WORD_SEPARATORS).filter(Boolean);
}

/** " word1 word2 …": a query word w matches when the haystack includes " " + w. */
function haystackOf(person: Person, deptNames: readonly string[]): string {
  const fields = [person.name, person.firstName, person.lastName, person.position ?? '', ...deptNames];
  const words = new Set<string>();
  for (const f of fields) for (const w of searchWords(f)) words.add(w);
  return ' ' + [...words].join(' ');
}

function matchesWords(haystack: string, queryWords: readonly string[]): boolean {
  for (const w of queryWords) if (!haystack.includes(' ' + w)) return false;
  return true;
}

/** Does the person match the query? An empty query matches everyone. */
export function matchPerson(person: Person, query: string, deptNames: readonly string[] = []): boolean {
  const words = searchWords(query);
  return words.length === 0 || matchesWords(haystackOf(person, deptNames), words);
}

export interface PeopleFilter {
  query?: string;
  presence?: PresenceFilter;
  /** Only people in this department or (by default) any department below it. */
  departmentId?: number | null;
  includeSubDepartments?: boolean;
  /** The clock for presence ("online now"). */
  now: number;
  departmentsById?: ReadonlyMap<number, Department>;
  /** Presence already derived by the caller (e.g. memoised per render); default derivePresence. */
  presenceOf?: (person: Person) => Presence;
}

const EMPTY_DEPARTMENTS: ReadonlyMap<number, Department> = new Map();
const haystackCache = new WeakMap<ReadonlyMap<number, Department>, WeakMap<Person, string>>();
const treeCache = new WeakMap<ReadonlyMap<number, Department>, DepartmentTree>();

function cachedHaystack(person: Person, byId: ReadonlyMap<number, Department>): string {
  let perPerson = haystackCache.get(byId);
  if (!perPerson) {
    perPerson = new WeakMap();
    haystackCache.set(byId, perPerson);
  }
  let h = perPerson.get(person);
  if (h === undefined) {
    h = haystackOf(person, departmentNames(person, byId));
    perPerson.set(person, h);
  }
  return h;
}

function cachedTree(byId: ReadonlyMap<number, Department>): DepartmentTree {
  let tree = treeCache.get(byId);
  if (!tree) {
    tree = buildDepartmentTree(byId.values());
    treeCache.set(byId, tree);
  }
  return tree;
}

/**
 * The people that pass every given filter, in their original order. Haystacks are cached per
 * person object and department map, so refiltering the same list while typing stays cheap.
 */
export function filterPeople(people: readonly Person[], filter: PeopleFilter): Person[] {
  const byId = filter.departmentsById ?? EMPTY_DEPARTMENTS;
  const words = searchWords(filter.query ?? '');
  const presenceFilter = filter.presence ?? 'all';
  const presenceOf = filter.presenceOf ?? ((p: Person) => derivePresence(p.presence, filter.now));

  let inDepartment: ((p: Person) => boolean) | null = null;
  if (filter.departmentId != null) {
    const ids =
      filter.includeSubDepartments === false
        ? new Set([filter.departmentId])
        : descendantIds(cachedTree(byId), filter.departmentId);
    inDepartment = (p) => p.departmentIds.some((id) => ids.has(id));
  }

  return people.filter(
    (p) =>
      (inDepartment === null || inDepartment(p)) &&
      (presenceFilter === 'all' || matchesPresenceFilter(presenceOf(p), presenceFilter)) &&
      (words.length === 0 || matchesWords(cachedHaystack(p, byId), words)),
  );
}
