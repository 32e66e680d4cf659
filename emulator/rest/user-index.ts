/**
 * Lookups precomputed once per generated portal (lazily, cached per PortalData, so a reset starts
 * afresh) to keep list and search methods fast on big portals (10,000 users):
 * - the search words of every user (names, position, department names) and a sorted word list
 *   for word-prefix search (FIND, NAME_SEARCH, im.search.user.list);
 * - the users user.get may list, sorted by each field that never changes after generation;
 * - the active employees of every department.
 * Presence (last activity) changes while the portal runs, so sorting by it is never cached.
 */
import type { PortalData, PortalUser } from '../types';
import { sortFieldName, sortUsers, words } from './user-filter';

/** Sort fields whose values change at runtime (presence churn, REST calls): sorted per request. */
const LIVE_SORT_FIELDS = new Set(['LAST_ACTIVITY_DATE']);

export interface UserIndex {
  /** Ids of users having, for every word of the phrase, a word that starts with it; null = the phrase has no words. */
  phraseMatches(phrase: string): ReadonlySet<number> | null;
  /** Search words of one user (normalised: lower case, ё → е). */
  wordsOf(user: PortalUser): readonly string[];
  /** Employees and extranet users (what user.get lists) sorted by `field` (unknown → ID), ties by ID ASC. */
  listableSorted(field: string, desc: boolean): readonly PortalUser[];
  /** Active employees of a department, by id. */
  departmentMembers(departmentId: number): readonly PortalUser[];
}

/** Every listable user of user.get / user.search: employees and extranet users (no bots, e-mail, open lines). */
export function isListable(user: PortalUser): boolean {
  return user.kind === 'employee' || user.kind === 'extranet';
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildIndex(data: PortalData): UserIndex {
  const userWords = new Map<number, string[]>();
  /** word → ids of the users having it */
  const postings = new Map<string, number[]>();
  const departmentWords = new Map(data.departments.map((d) => [d.id, words(d.name)]));
  for (const u of data.users) {
    const list = [
      ...new Set([
        ...words(`${u.firstName} ${u.lastName} ${u.secondName} ${u.workPosition ?? ''}`),
        ...u.departments.flatMap((id) => departmentWords.get(id) ?? []),
      ]),
    ];
    userWords.set(u.id, list);
    for (const word of list) {
      const ids = postings.get(word);
      if (ids) ids.push(u.id);
      else postings.set(word, [u.id]);
    }
  }
  const sortedWords = [...postings.keys()].sort();

  const idsWithPrefix = (prefix: string): Set<number> => {
    const ids = new Set<number>();
    for (let i = lowerBound(sortedWords, prefix); i < sortedWords.length && (sortedWords[i] as string).startsWith(prefix); i++) {
      for (const id of postings.get(sortedWords[i] as string) ?? []) ids.add(id);
    }
    return ids;
  };

  const listable = data.users.filter(isListable);
  const sortedCache = new Map<string, PortalUser[]>();
  const members = new Map<number, PortalUser[]>();
  for (const u of data.users) {
    if (u.kind !== 'employee' || !u.active) continue;
    for (const dep of u.departments) {
      const list = members.get(dep) ?? [];
      list.push(u);
      members.set(dep, list);
    }
  }

  return {
    phraseMatches(phrase) {
      const wanted = [...new Set(words(phrase))];
      if (wanted.length === 0) return null;
      const sets = wanted.map(idsWithPrefix).sort((a, b) => a.size - b.size);
      const [smallest, ...rest] = sets;
      const out = new Set<number>();
      for (const id of smallest ?? []) if (rest.every((s) => s.has(id))) out.add(id);
      return out;
    },
    wordsOf(user) {
      return userWords.get(user.id) ?? [];
    },
    listableSorted(field, desc) {
      const upper = sortFieldName(field);
      if (LIVE_SORT_FIELDS.has(upper)) {
        const fresh = [...listable];
        sortUsers(fresh, upper, desc);
        return fresh;
      }
      const key = `${upper}:${desc ? 'DESC' : 'ASC'}`;
      let sorted = sortedCache.get(key);
      if (!sorted) {
        sorted = [...listable];
        sortUsers(sorted, upper, desc);
        sortedCache.set(key, sorted);
      }
      return sorted;
    },
    departmentMembers(departmentId) {
      return members.get(departmentId) ?? [];
    },
  };
}

const cache = new WeakMap<PortalData, UserIndex>();

export function userIndex(data: PortalData): UserIndex {
  let index = cache.get(data);
  if (!index) {
    index = buildIndex(data);
    cache.set(data, index);
  }
  return index;
}
