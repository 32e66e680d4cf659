/**
 * Portals above FULL_LOAD_LIMIT people: a server-paged list per search/filter/order. Pages of 50
 * are fetched as rows come near the screen, together (same batch request) with presence for the
 * loaded rows about to be seen; search is the portal's (user.search FIND), and so are the
 * department and online filters (user.get UF_DEPARTMENT, IS_ONLINE).
 *
 * FIND cannot be combined with other filters, so a search with a department or online filter
 * uses user.get NAME_SEARCH (the portal's quick search by name) with those filters instead.
 *
 * Pages are kept by row offset and followed by their `next` (model/pageChain.ts, model/pagedSlots.ts):
 * a portal paging by fewer than 50 leaves no gap, and without a usable total the list's total is
 * the largest lower bound seen and grows as pages arrive. Each page is checked against the order
 * asked for; a portal that does not honour `sort` makes the list say its order is the portal's.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call, cmd, type Command, type PeoplePage } from '../../../b24';
import { planBatch, presenceGroups } from '../../../people/loadingPlan';
import type { Person } from '../../../people/types';
import { chainTotal, withAnsweredPages, type AnsweredPage, type PageChain } from '../model/pageChain';
import { followsOrder, type RequestedOrder } from '../model/pageOrder';
import { runPlannedBatch } from './batchPlan';
import { departmentStartsMissing, firstScreenDepartments, followDepartments, storeDepartmentsIfComplete, withDepartmentPages } from './departmentsCache';
import type { FirstScreen } from './firstScreen';
import { answeredPeoplePage, type Roster } from './fullLoad';
import { directoryKeys, type PagedListParams } from './keys';

export interface PagedList {
  /** Rows the portal counts for these parameters (a lower bound when not `totalExact`). */
  total: number;
  totalExact: boolean;
  /** Loaded pages by `start` (row offset), with where the next one starts. */
  pages: PageChain<Person>;
  /** False once a page came back out of the order asked for (the portal does not honour `sort`). */
  ordered: boolean;
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

/** The order a list asks the portal for (none for user.search FIND, which is sent without `sort`). */
export function requestedOrder(p: PagedListParams): RequestedOrder | null {
  return searchKind(p) === 'find' ? null : p.order;
}

const EMPTY_LIST: PagedList = { total: 0, totalExact: true, pages: {}, ordered: true };

function withPages(list: PagedList, params: PagedListParams, pages: ReadonlyMap<number, PeoplePage>): PagedList {
  return withAnswers(list, params, [...pages].map(([start, page]) => [start, answeredPeoplePage(page)] as const));
}

function withAnswers(list: PagedList, params: PagedListParams, pages: ReadonlyArray<readonly [number, AnsweredPage<Person>]>): PagedList {
  if (pages.length === 0) return list;
  const chain = withAnsweredPages(list.pages, pages);
  const order = requestedOrder(params);
  const ordered = list.ordered && (order === null || pages.every(([, page]) => followsOrder(page.items, order)));
  return { ...chainTotal(chain), pages: chain, ordered };
}

/**
 * The default list (no search, no filter, by name) starts from the first screen's page 0 and
 * makes request 2: presence for page 0, page 1 (just below the fold) and the remaining
 * department pages. (After a full load that found more than FULL_LOAD_LIMIT people without a total,
 * it goes on from the pages that load brought, without a request.) Any other list starts with its
 * page 0 alone.
 */
async function loadPagedList(qc: QueryClient, params: PagedListParams): Promise<PagedList> {
  const first = qc.getQueryData<FirstScreen>(directoryKeys.firstScreen());
  if (first && isDefaultPagedParams(params)) {
    const roster = qc.getQueryData<Roster>(directoryKeys.roster());
    if (roster?.overflow) return withAnswers(EMPTY_LIST, params, Object.entries(roster.pages).map(([start, page]) => [Number(start), page] as const));
    const departments = firstScreenDepartments(first);
    const plan = planBatch({
      urgentPresence: first.people.map((p) => p.id),
      departmentStarts: departments ? departmentStartsMissing(departments) : [],
      peopleStarts: first.next !== null ? [first.next] : [],
    });
    const answers = await runPlannedBatch(qc, plan, (start) => pagedCommand(params, start));
    if (departments && plan.departmentStarts.length > 0 && !answers.departmentsError) {
      const chain = withDepartmentPages(departments, answers.departmentPages);
      // Only a portal without a usable department total (or with short pages) has more to follow.
      if (!storeDepartmentsIfComplete(qc, chain)) void followDepartments(qc, chain).catch(() => undefined);
    }
    if (answers.peopleError) throw answers.peopleError;
    const page0: PeoplePage = { people: first.people, next: first.next, total: first.total, totalExact: first.totalExact };
    return withPages(EMPTY_LIST, params, new Map([[0, page0], ...answers.pages]));
  }
  const page = await call(pagedCommand(params, 0));
  return withPages(EMPTY_LIST, params, new Map([[0, page]]));
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

/** Pages of this list (by `start`) being fetched right now. */
export function isPagePending(qc: QueryClient, params: PagedListParams, start: number): boolean {
  return pendingFor(qc).has(JSON.stringify([params, start]));
}

/**
 * ONE batch request: the pages of a paged list starting at `starts` (row offsets) and presence
 * for ≤ 50 people. Pages land in the list's cache entry, presence in the presence index. Rejects
 * with the first page error.
 */
export async function fetchPagedViewport(
  qc: QueryClient,
  params: PagedListParams,
  starts: readonly number[],
  presenceIds: readonly number[],
): Promise<void> {
  const pending = pendingFor(qc);
  const wanted = starts.filter((start) => !isPagePending(qc, params, start));
  const groups = presenceGroups(presenceIds).slice(0, 1);
  if (wanted.length === 0 && groups.length === 0) return;
  const keys = wanted.map((start) => JSON.stringify([params, start]));
  keys.forEach((key) => pending.add(key));
  try {
    const plan = { presence: groups, departmentStarts: [], peopleStarts: [...wanted] };
    const answers = await runPlannedBatch(qc, plan, (start) => pagedCommand(params, start));
    qc.setQueryData<PagedList>(directoryKeys.paged(params), (list) => (list ? withPages(list, params, answers.pages) : list));
    if (answers.peopleError) throw answers.peopleError;
  } finally {
    keys.forEach((key) => pending.delete(key));
  }
}
