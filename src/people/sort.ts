/**
 * People ordering (pure; returns a new array).
 * - 'name': by last name, then first name, as Bitrix24's employee list does; people without a
 *   last name (e.g. only an e-mail as name) sort by their display name in the same sequence.
 *   Locale-aware (Intl.Collator: "Ё" with "Е", case and accents ignored, "2" before "10").
 * - 'presence': presenceRank first (online, mobile, away, dnd, offline, on leave, unknown),
 *   then by name within each group, so the list stays stable while presence refreshes.
 * Ties end on the id, so the order is total and deterministic.
 */
import { derivePresence, presenceRank, type Presence } from './presence';
import type { Person } from './types';

export type PeopleOrder = 'name' | 'presence';

export interface SortOptions {
  locale: string;
  /** The clock for presence; needed for 'presence'. */
  now: number;
  presenceOf?: (person: Person) => Presence;
}

interface Keyed {
  person: Person;
  rank: number;
  primary: string;
  secondary: string;
}

export function sortPeople(people: readonly Person[], order: PeopleOrder, opts: SortOptions): Person[] {
  const collator = new Intl.Collator(opts.locale, { sensitivity: 'base', numeric: true });
  const presenceOf = opts.presenceOf ?? ((p: Person) => derivePresence(p.presence, opts.now));
  const keyed: Keyed[] = people.map((person) => {
    const last = person.lastName.trim();
    return {
      person,
      rank: order === 'presence' ? presenceRank(presenceOf(person)) : 0,
      primary: last || person.name.trim(),
      secondary: last ? person.firstName.trim() : '',
    };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      collator.compare(a.primary, b.primary) ||
      collator.compare(a.secondary, b.secondary) ||
      a.person.id - b.person.id,
  );
  return keyed.map((k) => k.person);
}
