/**
 * Runs one planned batch (people/loadingPlan.ts) as ONE batch request and sorts the answers:
 * people pages, departments, presence (recorded in the presence index at once).
 */
import type { QueryClient } from '@tanstack/react-query';
import { cmd, runBatch, type AppError, type Command, type DepartmentsPage, type PeoplePage } from '../../../b24';
import type { BatchPlan } from '../../../people/loadingPlan';
import type { Department } from '../../../people/types';
import { clearPresencePending, markPresencePending, recordImPeople } from './presenceCache';

export interface PeoplePageRequest {
  start: number;
  command: Command<PeoplePage>;
}

export interface BatchAnswers {
  /** Pages that arrived, by `start`. */
  pages: Map<number, PeoplePage>;
  departments: Department[];
  /** Department pages that arrived, by `start`. */
  departmentPages: Map<number, DepartmentsPage>;
  /** The first failure of a people page (the list is incomplete). */
  peopleError: AppError | null;
  departmentsError: AppError | null;
  presenceError: AppError | null;
}

/**
 * `peoplePage(start)` builds the user.get / user.search command of a page (the plan only knows
 * offsets). Never rejects: failures come back per kind.
 */
export async function runPlannedBatch(
  qc: QueryClient,
  plan: BatchPlan,
  peoplePage: (start: number) => Command<PeoplePage>,
): Promise<BatchAnswers> {
  const commands: Record<string, Command<unknown>> = {};
  plan.presence.forEach((ids, i) => (commands[`im${i}`] = cmd.peopleByIds(ids)));
  for (const start of plan.departmentStarts) commands[`d${start}`] = cmd.departmentsPage(start);
  for (const start of plan.peopleStarts) commands[`p${start}`] = peoplePage(start);

  const asked = plan.presence.flat();
  markPresencePending(qc, asked);
  let outcomes;
  try {
    outcomes = await runBatch(commands);
  } finally {
    clearPresencePending(qc, asked);
  }
  const at = Date.now();

  const answers: BatchAnswers = { pages: new Map(), departments: [], departmentPages: new Map(), peopleError: null, departmentsError: null, presenceError: null };
  for (const [key, outcome] of Object.entries(outcomes)) {
    const kind = key.startsWith('im') ? 'im' : key[0];
    if (!outcome.ok) {
      if (kind === 'p') answers.peopleError ??= outcome.error;
      else if (kind === 'd') answers.departmentsError ??= outcome.error;
      else answers.presenceError ??= outcome.error;
      continue;
    }
    if (kind === 'p') answers.pages.set(Number(key.slice(1)), outcome.value as PeoplePage);
    else if (kind === 'd') {
      const page = outcome.value as DepartmentsPage;
      answers.departmentPages.set(Number(key.slice(1)), page);
      answers.departments.push(...page.departments);
    }
    else recordImPeople(qc, outcome.value as Parameters<typeof recordImPeople>[1], at);
  }
  return answers;
}
