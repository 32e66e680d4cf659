/**
 * Portals above FULL_LOAD_LIMIT people: a server-paged list per search/filter/order. Pages of 50
 * are fetched as rows come near the screen, together (same batch request) with presence for the
 * loaded rows about to be seen; search is the portal's (user.search FIND), and so are the
 * department and online filters (user.get UF_DEPARTMENT, IS_ONLINE).
 *
 * FIND cannot be combined with other filters, so a search with a department or online filter
 * uses user.get NAME_SEARCH (the portal's quick search by name) with those filters instead.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call, cmd, type Command, type PeoplePage } from '../../../b24';
import { PAGE_SIZE, pageStarts, planBatch, presenceGroups } from '../../../people/loadingPlan';
import type { Person } from '../../../people/types';
import { runPlannedBatch } from './batchPlan';
import { storeDepartmentsIfComplete } from './departmentsCache';
import type { FirstScreen } from './firstScreen';
import { directoryKeys, type PagedListParams } from './keys';

export interface PagedList {
  /** Rows the portal counts for these parameters. */
  total: number;
  /** Loaded pages by page index (0, 1, 2… = start / 50). */
  pages: Readonly<Record<number, Person[]>>;
}

export const DEFAULT_PAGED_PARAMS: PagedListParams = { find: '', departmentId: null, online: null, order: 'name' };

export function isDefaultPagedParams(p: PagedListParams): boolean {
  return p.find === '' && p.departmentId === null && p.online === null && p.order === 'name';
}

/** Whether a search uses user.search FIND (name, position, department) or NAME_SEARCH (names). */
export function searchKind(p: PagedListParams): 'none' | 'find' | 'name' {
  if (p.find === '') return 'none';
  return p.departmentId === null && p.online === null ? 'find' : 'name';
}

/** The command for the page starting at `start`. */
export function pagedCommand(p: PagedListParams, start: number): Command<PeoplePage> {
  const sort = p.order === 'recent' ? ({ field: 'LAST_ACTIVITY_DATE', order: 'DESC' } as const) : undefined;
  if (searchKind(p) === 'find') return cmd.searchPage(p.find, start);
  return cmd.employeesPage({
    start,
    sort,
    filter: {
      departmentId: p.departmentId ?? undefined,
      isOnline: p.online ?? undefined,
      nameSearch: p.find || undefined,
    },
  });
}

function withPages(list: PagedList, pages: ReadonlyMap<number, PeoplePage>): PagedList {
  if (pages.size === 0) return list;
  const next: Record<number, Person[]> = { ...list.pages };
  let total = list.total;
  for (const [start, page] of pages) {
    next[Math.floor(start / PAGE_SIZE)] = page.people;
    total = page.total;
  }
  return { total, pages: next };
}

/**
 * The default list (no search, no filter, by name) starts from the first screen's page 0 and
 * makes request 2: presence for page 0, page 1 (just below the fold) and the remaining
 * department pages. Any other list starts with its page 0 alone.
 */
async function loadPagedList(qc: QueryClient, params: PagedListParams): Promise<PagedList> {
  const first = qc.getQueryData<FirstScreen>(directoryKeys.firstScreen());
  if (first && isDefaultPagedParams(params)) {
    const departmentStarts = first.departmentsError ? [] : pageStarts(first.departmentsTotal).slice(1);
    const plan = planBatch({
      urgentPresence: first.people.map((p) => p.id),
      departmentStarts,
      peopleStarts: first.total > PAGE_SIZE ? [PAGE_SIZE] : [],
    });
    const answers = await runPlannedBatch(qc, plan, (start) => pagedCommand(params, start));
    if (plan.departmentStarts.length > 0 && !answers.departmentsError) {
      storeDepartmentsIfComplete(qc, [...first.departments, ...answers.departments], first.departmentsTotal);
    }
    if (answers.peopleError) throw answers.peopleError;
    return withPages({ total: first.total, pages: { 0: first.people } }, answers.pages);
  }
  const page = await call(pagedCommand(params, 0));
  return withPages({ total: page.total, pages: {} }, new Map([[0, page]]));
}

export const pagedListQuery = (params: PagedListParams) =>
  queryOptions({
    queryKey: directoryKeys.paged(params),
    queryFn: ({ client }) => loadPagedList(client, params),
    staleTime: 5 * 60_000,
    gcTime: 5 * 60_000,
    retry: false,
  });

const pendingPages = new WeakMap<QueryClient, Set<string>>();

function pendingFor(qc: QueryClient): Set<string> {
  let set = pendingPages.get(qc);
  if (!set) {
    set = new Set();
    pendingPages.set(qc, set);
  }
  return set;
}

/** Pages of this list being fetched right now. */
export function isPagePending(qc: QueryClient, params: PagedListParams, page: number): boolean {
  return pendingFor(qc).has(JSON.stringify([params, page]));
}

/**
 * ONE batch request: the given pages of a paged list and presence for ≤ 50 people. Pages land
 * in the list's cache entry, presence in the presence index. Rejects with the first page error.
 */
export async function fetchPagedViewport(
  qc: QueryClient,
  params: PagedListParams,
  pages: readonly number[],
  presenceIds: readonly number[],
): Promise<void> {
  const pending = pendingFor(qc);
  const wantedPages = pages.filter((page) => !isPagePending(qc, params, page));
  const groups = presenceGroups(presenceIds).slice(0, 1);
  if (wantedPages.length === 0 && groups.length === 0) return;
  const keys = wantedPages.map((page) => JSON.stringify([params, page]));
  keys.forEach((key) => pending.add(key));
  try {
    const plan = { presence: groups, departmentStarts: [], peopleStarts: wantedPages.map((page) => page * PAGE_SIZE) };
    const answers = await runPlannedBatch(qc, plan, (start) => pagedCommand(params, start));
    qc.setQueryData<PagedList>(directoryKeys.paged(params), (list) => (list ? withPages(list, answers.pages) : list));
    if (answers.peopleError) throw answers.peopleError;
  } finally {
    keys.forEach((key) => pending.delete(key));
  }
}
