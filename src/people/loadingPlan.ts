/**
 * How the people directory loads, as pure arithmetic (no I/O), so the request budget can be
 * proven by unit tests and kept by the loader:
 *
 * - Request 1 (the first screen): me, my status, department page 0 and people page 0.
 * - Request 2: presence (im.user.list.get) for the first page's people, the remaining department
 *   pages and as many further people pages as fit (≤ 50 commands). The first screen is complete.
 * - Then batches of up to 50 people pages (2 500 people per request); spare command slots carry
 *   presence for people already known. When everyone is loaded and requests are left in the
 *   budget, they fetch more presence (2 500 people per request).
 *
 * So N people arrive in at most 2 + ceil(N / 2 500) requests (for N ≤ FULL_LOAD_LIMIT and up to
 * 50 department pages). Above FULL_LOAD_LIMIT the directory does not load everyone: it pages on
 * the server as the person scrolls.
 *
 * This budget holds when the portal sends `total` and pages by 50, as the reference says. A portal
 * that does not is still listed in full: the loader follows the pages' `next` (and the portal's own
 * page size) instead, see features/directory/model/pageChain.ts; it costs more requests there.
 */

/** user.get / department.get answer 50 rows per page. */
export const PAGE_SIZE = 50;
/** One im.user.list.get command takes up to 50 ids. */
export const IDS_PER_COMMAND = 50;
/** One batch request carries up to 50 commands. */
export const COMMANDS_PER_BATCH = 50;
/** People one batch request of user.get pages brings. */
export const PEOPLE_PER_REQUEST = PAGE_SIZE * COMMANDS_PER_BATCH;
/** Above this many people the directory pages on the server instead of loading everyone. */
export const FULL_LOAD_LIMIT = 5000;

export type DirectoryMode = 'full' | 'paged';

export function directoryMode(total: number): DirectoryMode {
  return total > FULL_LOAD_LIMIT ? 'paged' : 'full';
}

/** The most REST requests a full load of `total` people may take (first screen included). */
export function fullLoadBudget(total: number): number {
  return 2 + Math.ceil(Math.max(0, total) / PEOPLE_PER_REQUEST);
}

/** The `start` offsets of every page of a list of `total` rows: [0, 50, 100, …]. */
export function pageStarts(total: number, pageSize = PAGE_SIZE): number[] {
  const starts: number[] = [];
  for (let start = 0; start < total; start += pageSize) starts.push(start);
  return starts;
}

/** Splits ids into im.user.list.get-sized groups, keeping their order and dropping repeats. */
export function presenceGroups(ids: readonly number[], size = IDS_PER_COMMAND): number[][] {
  const unique = [...new Set(ids)];
  const groups: number[][] = [];
  for (let i = 0; i < unique.length; i += size) groups.push(unique.slice(i, i + size));
  return groups;
}

export interface BatchWants {
  /** Presence that must travel in this batch (the first screen's people). */
  urgentPresence?: readonly number[];
  /** department.get `start` offsets still missing. */
  departmentStarts?: readonly number[];
  /** user.get `start` offsets still missing. */
  peopleStarts?: readonly number[];
  /** Presence worth fetching with any command slots left over, most wanted first. */
  sparePresence?: readonly number[];
  capacity?: number;
}

export interface BatchPlan {
  /** im.user.list.get groups (≤ 50 ids each). */
  presence: number[][];
  departmentStarts: number[];
  peopleStarts: number[];
}

/** How many commands a plan sends. */
export function commandCount(plan: BatchPlan): number {
  return plan.presence.length + plan.departmentStarts.length + plan.peopleStarts.length;
}

/**
 * Packs one batch request: urgent presence first, then departments, then people pages, then spare
 * presence in the slots left. Never more than `capacity` (50) commands.
 */
export function planBatch(wants: BatchWants): BatchPlan {
  let room = wants.capacity ?? COMMANDS_PER_BATCH;
  const take = <T>(items: readonly T[]): T[] => {
    const taken = items.slice(0, Math.max(0, room));
    room -= taken.length;
    return taken;
  };
  const urgent = take(presenceGroups(wants.urgentPresence ?? []));
  const departmentStarts = take(wants.departmentStarts ?? []);
  const peopleStarts = take(wants.peopleStarts ?? []);
  const urgentIds = new Set(urgent.flat());
  const spare = take(presenceGroups((wants.sparePresence ?? []).filter((id) => !urgentIds.has(id))));
  return { presence: [...urgent, ...spare], departmentStarts, peopleStarts };
}

export interface FullLoadShape {
  /** People in the directory (the first page's `total`). */
  total: number;
  /** Departments in the portal (department page 0's `total`). */
  departmentsTotal: number;
}

/**
 * The requests a full load makes when every id becomes known as its page arrives, request 1
 * included (as plans: request 1 is the first screen, i.e. department page 0 and people page 0).
 * Presence for people beyond the first page fills spare slots and, while the budget allows,
 * requests of its own. The real loader follows the same rules with the same planBatch.
 */
export function simulateFullLoad({ total, departmentsTotal }: FullLoadShape): BatchPlan[] {
  const budget = fullLoadBudget(total);
  const people = pageStarts(total);
  const departments = pageStarts(departmentsTotal);
  const plans: BatchPlan[] = [{ presence: [], departmentStarts: departments.slice(0, 1), peopleStarts: people.slice(0, 1) }];
  let missingPeople = people.slice(1);
  let missingDepartments = departments.slice(1);
  const idsOf = (start: number) => Array.from({ length: Math.min(PAGE_SIZE, total - start) }, (_, i) => start + i + 1);
  const known = new Set<number>(people.length > 0 ? idsOf(0) : []);
  const withPresence = new Set<number>();
  let urgent = [...known];

  while (missingPeople.length > 0 || missingDepartments.length > 0 || (withPresence.size < known.size && plans.length < budget)) {
    const plan = planBatch({
      urgentPresence: urgent,
      departmentStarts: missingDepartments,
      peopleStarts: missingPeople,
      sparePresence: [...known].filter((id) => !withPresence.has(id)),
    });
    if (commandCount(plan) === 0) break;
    plans.push(plan);
    urgent = [];
    for (const group of plan.presence) for (const id of group) withPresence.add(id);
    for (const start of plan.peopleStarts) for (const id of idsOf(start)) known.add(id);
    missingPeople = missingPeople.filter((start) => !plan.peopleStarts.includes(start));
    missingDepartments = missingDepartments.filter((start) => !plan.departmentStarts.includes(start));
  }
  return plans;
}

/** Requests until every person is listed (the first screen counted). */
export function requestsToFullLoad(plans: readonly BatchPlan[], total: number): number {
  const pages = pageStarts(total).length;
  let seen = 0;
  for (const [index, plan] of plans.entries()) {
    seen += plan.peopleStarts.length;
    if (seen >= pages) return index + 1;
  }
  return plans.length;
}
