/**
 * Pure helpers for a chat's member list: paging `im.dialog.users.list`, merging pages, folding a
 * presence refresh in, and what the header says.
 */
import type { PeoplePage } from '../../b24';
import { derivePresence, type Presence } from '../../people/presence';
import { matchPerson } from '../../people/search';
import { sortPeople } from '../../people/sort';
import type { Person } from '../../people/types';

/** im.dialog.users.list answers at most 200 members per page (its documented LIMIT maximum). */
export const MEMBERS_PAGE_SIZE = 200;

/**
 * The OFFSETs still to ask for after a first page of `firstCount` members out of `total`
 * (pages of `pageSize`). Empty when the first page had everything. A portal that answers fewer
 * members per page than asked (it may ignore LIMIT) is paged by what it gives, so nobody between
 * its page size and ours is skipped.
 */
export function remainingOffsets(firstCount: number, total: number, pageSize: number = MEMBERS_PAGE_SIZE): number[] {
  if (firstCount <= 0 || firstCount >= total) return [];
  const step = Math.min(pageSize, firstCount);
  const offsets: number[] = [];
  for (let offset = firstCount; offset < total; offset += step) offsets.push(offset);
  return offsets;
}

/** The people of several pages in page order, each person once (pages may overlap while members change). */
export function mergePages(pages: readonly PeoplePage[]): Person[] {
  const seen = new Set<number>();
  const people: Person[] = [];
  for (const page of pages) {
    for (const person of page.people) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      people.push(person);
    }
  }
  return people;
}

/**
 * The member list with newer im objects for some of its people (a presence refresh). People the
 * refresh did not return keep their old facts; nobody is added or removed. Returns the same array
 * when nothing changed, so an unchanged cache does not re-render.
 */
export function withFreshPeople(members: readonly Person[], fresh: readonly Person[]): Person[] {
  if (fresh.length === 0) return members as Person[];
  const byId = new Map(fresh.map((person) => [person.id, person]));
  let changed = false;
  const next = members.map((person) => {
    const update = byId.get(person.id);
    if (!update) return person;
    changed = true;
    return update;
  });
  return changed ? next : (members as Person[]);
}

export interface MemberSummary {
  total: number;
  /** Online right now (on a computer or on mobile), not counting dnd or away. */
  online: number;
}

export function summarise(presences: readonly Presence[]): MemberSummary {
  return { total: presences.length, online: presences.filter((p) => p.state === 'online').length };
}

export interface MemberRowModel {
  person: Person;
  presence: Presence;
}

/**
 * What the list shows: the members matching `query` (name, position), with their presence at
 * `now`, the most reachable first (online, mobile, away, do not disturb, offline, on leave), then
 * by name, so the order only changes when someone's presence does.
 */
export function memberRows(people: readonly Person[], opts: { now: number; locale: string; query?: string }): MemberRowModel[] {
  const query = opts.query?.trim() ?? '';
  const matching = query === '' ? people : people.filter((person) => matchPerson(person, query));
  const presences = new Map(matching.map((person) => [person.id, derivePresence(person.presence, opts.now)]));
  const presenceOf = (person: Person) => presences.get(person.id) ?? derivePresence(person.presence, opts.now);
  return sortPeople(matching, 'presence', { locale: opts.locale, now: opts.now, presenceOf }).map((person) => ({
    person,
    presence: presenceOf(person),
  }));
}
