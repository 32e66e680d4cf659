/**
 * Why a directory list is empty (pure), so the empty state can say it and offer the right way
 * back: nobody in the portal, a search that matches nobody, filters nobody passes, or filters
 * that hide people the search did find (when that number is known: a fully loaded directory).
 */
export type StatusChoice = 'online' | 'dnd' | 'away' | 'offline';

export type EmptyReason =
  | { kind: 'nobody' }
  | { kind: 'no-match'; query: string; filtered: boolean }
  | { kind: 'filters'; status: StatusChoice | null; department: string | null }
  | { kind: 'filters-hide-matches'; query: string; status: StatusChoice | null; department: string | null; matches: number | null };

export interface EmptyReasonInput {
  query: string;
  status: StatusChoice | 'all';
  /** The chosen department's name, or null when no department filter is on. */
  department: string | null;
  /** How many people the search alone finds (no status/department filter); null when unknown. */
  matchesWithoutFilters: number | null;
}

export function emptyReason({ query, status, department, matchesWithoutFilters }: EmptyReasonInput): EmptyReason {
  const q = query.trim();
  const chosenStatus = status === 'all' ? null : status;
  const filtered = chosenStatus !== null || department !== null;
  if (q === '') return filtered ? { kind: 'filters', status: chosenStatus, department } : { kind: 'nobody' };
  if (!filtered || matchesWithoutFilters === 0) return { kind: 'no-match', query: q, filtered };
  return { kind: 'filters-hide-matches', query: q, status: chosenStatus, department, matches: matchesWithoutFilters };
}

/** The way back an empty state offers: clear the search, the filters, or both (the order stays). */
export type ClearChoice = 'search' | 'filters' | 'all';

export interface ClearableFilters {
  query: string;
  presence: string;
  departmentId: number | null;
}

/** The filters after the person chose a way back. */
export function clearFilters<F extends ClearableFilters>(filters: F, what: ClearChoice): F {
  return {
    ...filters,
    query: what === 'filters' ? filters.query : '',
    presence: what === 'search' ? filters.presence : 'all',
    departmentId: what === 'search' ? filters.departmentId : null,
  };
}

/** The chosen department's name for the empty state (its id when the name is unknown), or null. */
export function chosenDepartmentName(departmentsById: ReadonlyMap<number, { name: string }>, id: number | null): string | null {
  return id === null ? null : (departmentsById.get(id)?.name ?? String(id));
}
