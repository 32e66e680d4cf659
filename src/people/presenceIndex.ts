/**
 * What im user objects told us about people, by id, with when we heard it (pure, immutable).
 * A directory row (user.get) knows only online/offline; the im object adds the chosen status,
 * idle, absence, mobile, avatar and colour. `personWithIm` merges the two for display.
 */
import { mergePresence, withImFacts } from '../b24';
import type { ChatStatus, Person } from './types';

export interface ImEntry {
  /** The person as an im object describes them (presence source 'im'). */
  person: Person;
  /** When the portal answered (epoch ms). */
  at: number;
}

export type PresenceIndex = ReadonlyMap<number, ImEntry>;

export const EMPTY_PRESENCE_INDEX: PresenceIndex = new Map();

/** A new index with these im people recorded at `at` (newer answers replace older ones). */
export function withImPeople(index: PresenceIndex, people: readonly Person[], at: number): PresenceIndex {
  if (people.length === 0) return index;
  const next = new Map(index);
  for (const person of people) {
    const known = next.get(person.id);
    if (known && known.at > at) continue;
    next.set(person.id, { person, at });
  }
  return next;
}

/** True when we have no im object for `id`, or only one older than `maxAgeMs`. */
export function lacksPresence(index: PresenceIndex, id: number, now: number, maxAgeMs = Infinity): boolean {
  const entry = index.get(id);
  return entry === undefined || now - entry.at > maxAgeMs;
}

/** The ids (in the given order, without repeats) that lack presence. */
export function idsLackingPresence(index: PresenceIndex, ids: readonly number[], now: number, maxAgeMs = Infinity): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (lacksPresence(index, id, now, maxAgeMs)) out.push(id);
  }
  return out;
}

/**
 * A directory person enriched with their im object when we have one. `chosenStatus` (for me:
 * my status as the status card knows it, updated optimistically) replaces the chosen status.
 */
export function personWithIm(base: Person, entry: ImEntry | undefined, chosenStatus?: ChatStatus | null): Person {
  const merged = entry ? withImFacts(base, entry.person) : base;
  if (chosenStatus === undefined || chosenStatus === null || merged.presence.source !== 'im') return merged;
  if (merged.presence.status === chosenStatus) return merged;
  return { ...merged, presence: mergePresence(merged.presence, { ...merged.presence, status: chosenStatus }) };
}
