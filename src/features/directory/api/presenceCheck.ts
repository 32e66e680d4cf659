/**
 * Before a presence filter or the presence order is trusted on a fully loaded directory, the
 * presence of everyone not known yet (or known for more than CHECK_MAX_AGE_MS) is fetched:
 * im.user.list.get for 50 ids per command, 50 commands per request (2 500 people a request).
 * The list says "checking…" meanwhile, so a filter never shows a guess as a fact.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { cmd } from '../../../b24';
import { COMMANDS_PER_BATCH, presenceGroups } from '../../../people/loadingPlan';
import { idsLackingPresence } from '../../../people/presenceIndex';
import { runPlannedBatch } from './batchPlan';
import type { Roster } from './fullLoad';
import { directoryKeys } from './keys';
import { readPresence } from './presenceCache';

export const CHECK_MAX_AGE_MS = 5 * 60_000;

export interface PresenceCheck {
  at: number;
  /** People whose presence was asked for. */
  asked: number;
}

export async function checkEveryonesPresence(qc: QueryClient): Promise<PresenceCheck> {
  const roster = qc.getQueryData<Roster>(directoryKeys.roster());
  const ids = roster ? roster.people.map((p) => p.id) : [];
  const wanted = idsLackingPresence(readPresence(qc), ids, Date.now(), CHECK_MAX_AGE_MS);
  const groups = presenceGroups(wanted);
  for (let i = 0; i < groups.length; i += COMMANDS_PER_BATCH) {
    const plan = { presence: groups.slice(i, i + COMMANDS_PER_BATCH), departmentStarts: [], peopleStarts: [] };
    const answers = await runPlannedBatch(qc, plan, (start) => cmd.employeesPage({ start }));
    if (answers.presenceError) throw answers.presenceError;
  }
  return { at: Date.now(), asked: wanted.length };
}

export const presenceCheckQuery = () =>
  queryOptions({
    queryKey: directoryKeys.presenceCheck(),
    queryFn: ({ client }) => checkEveryonesPresence(client),
    staleTime: CHECK_MAX_AGE_MS,
    gcTime: CHECK_MAX_AGE_MS,
    retry: false,
  });
