/**
 * The presence index in the query cache (one entry shared by every list), and the one way to
 * ask the portal for presence: im.user.list.get for ≤ 50 ids. Ids being fetched or just asked
 * for are remembered per QueryClient, so overlapping triggers (scrolling, the 60 s refresh, the
 * loader's spare slots) never ask twice for the same people at once.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call, cmd, MAX_IDS_PER_COMMAND } from '../../../b24';
import { EMPTY_PRESENCE_INDEX, idsLackingPresence, withImPeople, type PresenceIndex } from '../../../people/presenceIndex';
import type { Person } from '../../../people/types';
import { directoryKeys } from './keys';

/** Presence older than this is fetched again when its row is on screen. */
export const PRESENCE_MAX_AGE_MS = 2 * 60_000;

export const presenceIndexQuery = () =>
  queryOptions({
    queryKey: directoryKeys.presence(),
    queryFn: ({ client }): PresenceIndex => client.getQueryData<PresenceIndex>(directoryKeys.presence()) ?? EMPTY_PRESENCE_INDEX,
    initialData: EMPTY_PRESENCE_INDEX,
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function readPresence(qc: QueryClient): PresenceIndex {
  return qc.getQueryData<PresenceIndex>(directoryKeys.presence()) ?? EMPTY_PRESENCE_INDEX;
}

/** Records people described by im objects (answered at `at`). */
export function recordImPeople(qc: QueryClient, people: readonly Person[], at: number): void {
  if (people.length === 0) return;
  qc.setQueryData<PresenceIndex>(directoryKeys.presence(), (index) => withImPeople(index ?? EMPTY_PRESENCE_INDEX, people, at));
}

interface Asking {
  /** Ids in flight. */
  pending: Set<number>;
  /** When each id was last asked for (answered or not: unknown ids are not asked again at once). */
  askedAt: Map<number, number>;
}

const askingByClient = new WeakMap<QueryClient, Asking>();

function asking(qc: QueryClient): Asking {
  let state = askingByClient.get(qc);
  if (!state) {
    state = { pending: new Set(), askedAt: new Map() };
    askingByClient.set(qc, state);
  }
  return state;
}

/** Marks ids as being fetched (by a batch the caller sends). */
export function markPresencePending(qc: QueryClient, ids: readonly number[], now = Date.now()): void {
  const state = asking(qc);
  for (const id of ids) {
    state.pending.add(id);
    state.askedAt.set(id, now);
  }
}

export function clearPresencePending(qc: QueryClient, ids: readonly number[]): void {
  const state = asking(qc);
  for (const id of ids) state.pending.delete(id);
}

/**
 * The ids among `ids` worth asking for now: no presence or older than `maxAgeMs`, not in
 * flight, and not asked for within `maxAgeMs` (an id the portal does not answer for stays quiet).
 */
export function presenceWanted(qc: QueryClient, ids: readonly number[], now: number, maxAgeMs = PRESENCE_MAX_AGE_MS): number[] {
  const state = asking(qc);
  return idsLackingPresence(readPresence(qc), ids, now, maxAgeMs).filter((id) => {
    if (state.pending.has(id)) return false;
    const asked = state.askedAt.get(id);
    return asked === undefined || now - asked > maxAgeMs;
  });
}

/**
 * One im.user.list.get for ≤ 50 people (extra ids are dropped); records the answer. Resolves
 * false without a request when there is nothing to ask. Rejects with an AppError.
 */
export async function fetchPresence(qc: QueryClient, ids: readonly number[]): Promise<boolean> {
  const group = [...new Set(ids)].slice(0, MAX_IDS_PER_COMMAND);
  if (group.length === 0) return false;
  markPresencePending(qc, group);
  try {
    const people = await call(cmd.peopleByIds(group));
    recordImPeople(qc, people, Date.now());
    return true;
  } finally {
    clearPresencePending(qc, group);
  }
}
