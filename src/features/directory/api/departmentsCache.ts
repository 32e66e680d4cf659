/**
 * Departments go to the shared `departmentsQuery()` cache (people/queries.ts) once every page is
 * in, so other screens reuse them; the directory reads that cache without asking on its own.
 *
 * "Every page" follows the pages themselves (model/pageChain.ts), not page 0's `total` alone: a
 * portal that sends no total, or pages by fewer than 50, is followed by its `next` until a page is
 * the last one.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call, cmd, runBatchList, unwrap, type DepartmentsPage } from '../../../b24';
import { departmentsQuery } from '../../../people/queries';
import type { Department } from '../../../people/types';
import type { FirstScreen } from './firstScreen';
import { chainComplete, chainItems, chainOf, missingStarts, withAnsweredPages, type AnsweredPage, type PageChain } from '../model/pageChain';

export type DepartmentChain = PageChain<Department>;

/** department.get pages are asked at most this far (10 000 departments). */
export const MAX_DEPARTMENT_START = 10_000;
/** Without a total, department pages asked ahead in one request (departments are few). */
const DEPARTMENT_PAGES_AHEAD = 2;

export function departmentPage(page: DepartmentsPage): AnsweredPage<Department> {
  return { items: page.departments, next: page.next, total: page.total, totalExact: page.totalExact };
}

/** The chain started by department page 0 (from the first screen). */
export function departmentChainFrom(page0: DepartmentsPage): DepartmentChain {
  return chainOf(departmentPage(page0));
}

/** The department pages the first screen brought, or null when department.get failed there. */
export function firstScreenDepartments(first: FirstScreen): DepartmentChain | null {
  if (first.departmentsError) return null;
  return departmentChainFrom({
    departments: first.departments,
    total: first.departmentsTotal,
    next: first.departmentsNext,
    totalExact: first.departmentsTotalExact,
  });
}

export function withDepartmentPages(chain: DepartmentChain, pages: ReadonlyMap<number, DepartmentsPage>): DepartmentChain {
  return withAnsweredPages(chain, [...pages].map(([start, page]) => [start, departmentPage(page)] as const));
}

/** The department pages still to ask (none when the chain is complete). */
export function departmentStartsMissing(chain: DepartmentChain): number[] {
  return missingStarts(chain, { ahead: DEPARTMENT_PAGES_AHEAD, maxStart: MAX_DEPARTMENT_START });
}

/** Writes the shared cache when every department page is in; says whether it did. */
export function storeDepartmentsIfComplete(qc: QueryClient, chain: DepartmentChain): boolean {
  if (!chainComplete(chain)) return false;
  qc.setQueryData(departmentsQuery().queryKey, chainItems(chain));
  return true;
}

/**
 * Asks the department pages still missing, one request per round (only a portal without a usable
 * total, or with short pages, gets here after request 2), then writes the cache. A failure leaves
 * the cache unwritten: the departments of page 0 keep showing.
 */
export async function followDepartments(qc: QueryClient, start: DepartmentChain): Promise<void> {
  let chain = start;
  for (let starts = departmentStartsMissing(chain); starts.length > 0; starts = departmentStartsMissing(chain)) {
    const answers =
      starts.length === 1
        ? [await call(cmd.departmentsPage(starts[0]!))]
        : (await runBatchList(starts.map((at) => cmd.departmentsPage(at)))).map(unwrap);
    chain = withDepartmentPages(chain, new Map(starts.map((at, i) => [at, answers[i]!])));
  }
  storeDepartmentsIfComplete(qc, chain);
}

/** The departments once they are in the cache; never fetched from here. */
export const cachedDepartmentsQuery = () => queryOptions({ ...departmentsQuery(), enabled: false });
