/**
 * The whole directory for portals up to FULL_LOAD_LIMIT people, loaded in the background after
 * the first screen, by the rules of people/loadingPlan.ts: request 2 completes the first screen
 * (its presence) and brings up to 49 more pages; then 50 pages (2 500 people) per request, spare
 * slots and leftover budget spent on presence, people on screen first.
 *
 * The roster query streams: each batch writes the cache as it lands, so the list fills in while
 * the query is still fetching. A failed page leaves what arrived and fails the query; a retry
 * resumes with the missing pages only.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { cmd, type AppError } from '../../../b24';
import { commandCount, fullLoadBudget, pageStarts, planBatch } from '../../../people/loadingPlan';
import { idsLackingPresence } from '../../../people/presenceIndex';
import type { Person } from '../../../people/types';
import { runPlannedBatch } from './batchPlan';
import { storeDepartmentsIfComplete } from './departmentsCache';
import type { FirstScreen } from './firstScreen';
import { directoryKeys } from './keys';
import { presenceWanted, readPresence } from './presenceCache';
import { viewportIds } from './viewport';

export interface Roster {
  /** Active employees, as the first page counted them. */
  total: number;
  /** Pages by `start` (each in the portal's order: by last name). */
  pages: Readonly<Record<number, Person[]>>;
  /** Everyone listed so far, in page order. */
  people: Person[];
  /** Every page is in. */
  complete: boolean;
  /** REST requests this load made, the first screen included. */
  requests: number;
  departmentsError: AppError | null;
  /** Presence could not be loaded (e.g. no `im` scope): rows show directory facts only. */
  presenceError: AppError | null;
}

function withPages(roster: Roster, pages: ReadonlyMap<number, { people: Person[] }>): Roster {
  if (pages.size === 0) return roster;
  const next: Record<number, Person[]> = { ...roster.pages };
  for (const [start, page] of pages) next[start] = page.people;
  const starts = Object.keys(next).map(Number).sort((a, b) => a - b);
  const seen = new Set<number>();
  const people: Person[] = [];
  for (const start of starts) {
    for (const person of next[start] ?? []) {
      if (seen.has(person.id)) continue; // a person moving between pages while we load
      seen.add(person.id);
      people.push(person);
    }
  }
  const complete = pageStarts(roster.total).every((start) => start in next);
  return { ...roster, pages: next, people, complete };
}

export function rosterFromFirstScreen(first: FirstScreen): Roster {
  const empty: Roster = {
    total: first.total,
    pages: {},
    people: [],
    complete: first.total === 0,
    requests: 1,
    departmentsError: first.departmentsError,
    presenceError: null,
  };
  return withPages(empty, new Map([[0, { people: first.people }]]));
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

  const budget = fullLoadBudget(first.total);
  let urgent = idsLackingPresence(readPresence(qc), first.people.map((p) => p.id), Date.now());
  let departments = [...first.departments];
  let departmentStarts = first.departmentsError ? [] : pageStarts(first.departmentsTotal).slice(1);

  for (;;) {
    const missing = pageStarts(roster.total).filter((start) => !(start in roster.pages));
    const spare = roster.presenceError
      ? []
      : presenceWanted(qc, [...viewportIds(qc), ...roster.people.map((p) => p.id)], Date.now(), Infinity);
    const onlyPresenceLeft = missing.length === 0 && departmentStarts.length === 0 && urgent.length === 0;
    if (onlyPresenceLeft && (roster.requests >= budget || spare.length === 0)) break;

    const plan = planBatch({ urgentPresence: urgent, departmentStarts, peopleStarts: missing, sparePresence: spare });
    if (commandCount(plan) === 0) break;
    const answers = await runPlannedBatch(qc, plan, (start) => cmd.employeesPage({ start }));
    urgent = [];

    departments = [...departments, ...answers.departments];
    departmentStarts = departmentStarts.filter((start) => !plan.departmentStarts.includes(start));
    if (answers.departmentsError) departmentStarts = [];
    else if (plan.departmentStarts.length > 0) storeDepartmentsIfComplete(qc, departments, first.departmentsTotal);

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
