/**
 * The whole directory for portals up to FULL_LOAD_LIMIT people, loaded in the background after
 * the first screen, by the rules of people/loadingPlan.ts: request 2 completes the first screen
 * (its presence) and brings up to 49 more pages; then 50 pages (2 500 people) per request, spare
 * slots and leftover budget spent on presence, people on screen first.
 *
 * The roster query streams: each batch writes the cache as it lands, so the list fills in while
 * the query is still fetching. A failed page leaves what arrived and fails the query; a retry
 * resumes with the missing pages only.
 *
 * Which pages exist follows the pages themselves (model/pageChain.ts): with an exact total the plan
 * is the one above; without one, each batch follows the `next`s and asks pages ahead, until a page
 * is the last, so a portal that sends no total, or pages by fewer than 50, loses nobody.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { cmd, type AppError, type PeoplePage } from '../../../b24';
import { commandCount, FULL_LOAD_LIMIT, fullLoadBudget, planBatch } from '../../../people/loadingPlan';
import { idsLackingPresence } from '../../../people/presenceIndex';
import type { Person } from '../../../people/types';
import {
  chainComplete,
  chainItems,
  chainTotal,
  missingStarts,
  openStarts,
  withAnsweredPages,
  type AnsweredPage,
  type PageChain,
} from '../model/pageChain';
import { runPlannedBatch } from './batchPlan';
import {
  departmentStartsMissing,
  firstScreenDepartments,
  storeDepartmentsIfComplete,
  withDepartmentPages,
  type DepartmentChain,
} from './departmentsCache';
import type { FirstScreen } from './firstScreen';
import { directoryKeys } from './keys';
import { presenceWanted, readPresence } from './presenceCache';
import { viewportIds } from './viewport';

export interface Roster {
  /** Active employees: the portal's count, or (`totalExact` false) a lower bound that grows as pages arrive. */
  total: number;
  totalExact: boolean;
  /** Pages by `start` (each in the portal's order: by last name), with where the next one starts. */
  pages: PageChain<Person>;
  /** Everyone listed so far, in page order, each once. */
  people: Person[];
  /** Every page is in. */
  complete: boolean;
  /**
   * The portal sent no usable total and turned out to list more than FULL_LOAD_LIMIT people: the
   * load stopped and the directory switched to server paging (the first screen's mode is 'paged').
   */
  overflow: boolean;
  /** REST requests this load made, the first screen included. */
  requests: number;
  departmentsError: AppError | null;
  /** Presence could not be loaded (e.g. no `im` scope): rows show directory facts only. */
  presenceError: AppError | null;
}

/** Without a usable total, the pages asked in one request: at least this many, else as many as are in. */
export const PAGES_AHEAD_MIN = 4;

export function answeredPeoplePage(page: PeoplePage): AnsweredPage<Person> {
  return { items: page.people, next: page.next, total: page.total, totalExact: page.totalExact };
}

function withPages(roster: Roster, pages: ReadonlyMap<number, PeoplePage>): Roster {
  if (pages.size === 0) return roster;
  const chain = withAnsweredPages(roster.pages, [...pages].map(([start, page]) => [start, answeredPeoplePage(page)] as const));
  return { ...roster, ...chainTotal(chain), pages: chain, people: chainItems(chain), complete: chainComplete(chain) };
}

export function rosterFromFirstScreen(first: FirstScreen): Roster {
  const empty: Roster = {
    total: first.total,
    totalExact: first.totalExact,
    pages: {},
    people: [],
    complete: false,
    overflow: false,
    requests: 1,
    departmentsError: first.departmentsError,
    presenceError: null,
  };
  const page0: PeoplePage = { people: first.people, next: first.next, total: first.total, totalExact: first.totalExact };
  return withPages(empty, new Map([[0, page0]]));
}

/**
 * The people pages still to ask: planned from an exact total (as people/loadingPlan.ts counts
 * them), otherwise the `next`s nobody has followed plus pages ahead of them, up to FULL_LOAD_LIMIT.
 */
export function peopleStartsMissing(roster: Roster): number[] {
  const ahead = Math.max(PAGES_AHEAD_MIN, Object.keys(roster.pages).length);
  return missingStarts(roster.pages, { ahead, maxStart: FULL_LOAD_LIMIT });
}

/** More than FULL_LOAD_LIMIT people (or rows) turned out to be listed while pages are still missing. */
function tooBigToLoad(roster: Roster): boolean {
  if (roster.complete) return false;
  return roster.people.length > FULL_LOAD_LIMIT || openStarts(roster.pages).some((start) => start > FULL_LOAD_LIMIT);
}

export async function runFullLoad(qc: QueryClient): Promise<Roster> {
  const first = qc.getQueryData<FirstScreen>(directoryKeys.firstScreen());
  if (!first) throw new Error('runFullLoad needs the first screen');
  let roster = qc.getQueryData<Roster>(directoryKeys.roster()) ?? rosterFromFirstScreen(first);
  const write = (next: Roster) => {
    roster = next;
    qc.setQueryData(directoryKeys.roster(), next);
  };
  write(roster);

  let urgent = idsLackingPresence(readPresence(qc), first.people.map((p) => p.id), Date.now());
  let departments: DepartmentChain | null = firstScreenDepartments(first);

  for (;;) {
    if (tooBigToLoad(roster)) {
      write({ ...roster, overflow: true });
      qc.setQueryData<FirstScreen>(directoryKeys.firstScreen(), (f) => (f ? { ...f, mode: 'paged', total: roster.total, totalExact: false } : f));
      return roster;
    }
    const missing = peopleStartsMissing(roster);
    const departmentStarts = departments ? departmentStartsMissing(departments) : [];
    const spare = roster.presenceError
      ? []
      : presenceWanted(qc, [...viewportIds(qc), ...roster.people.map((p) => p.id)], Date.now(), Infinity);
    const onlyPresenceLeft = missing.length === 0 && departmentStarts.length === 0 && urgent.length === 0;
    if (onlyPresenceLeft && (roster.requests >= fullLoadBudget(roster.total) || spare.length === 0)) break;

    const plan = planBatch({ urgentPresence: urgent, departmentStarts, peopleStarts: missing, sparePresence: spare });
    if (commandCount(plan) === 0) break;
    const answers = await runPlannedBatch(qc, plan, (start) => cmd.employeesPage({ start }));
    urgent = [];

    if (departments && answers.departmentsError) departments = null;
    else if (departments && plan.departmentStarts.length > 0) {
      departments = withDepartmentPages(departments, answers.departmentPages);
      if (storeDepartmentsIfComplete(qc, departments)) departments = null;
    }

    write({
      ...withPages(roster, answers.pages),
      requests: roster.requests + 1,
      departmentsError: roster.departmentsError ?? answers.departmentsError,
      presenceError: roster.presenceError ?? answers.presenceError,
    });
    if (answers.peopleError) throw answers.peopleError;
  }
  return roster;
}

export const rosterQuery = () =>
  queryOptions({
    queryKey: directoryKeys.roster(),
    queryFn: ({ client }) => runFullLoad(client),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
