/**
 * The data of a fully loaded directory (≤ FULL_LOAD_LIMIT people): the roster streaming in, the
 * presence index, departments, my chosen status, and the filtered, ordered rows.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n';
import { myStatusQuery } from '../../../people/queries';
import { cachedDepartmentsQuery } from '../api/departmentsCache';
import type { FirstScreen } from '../api/firstScreen';
import { rosterQuery } from '../api/fullLoad';
import { presenceCheckQuery } from '../api/presenceCheck';
import { presenceIndexQuery } from '../api/presenceCache';
import { derivePresence } from '../../../people/presence';
import { buildFullView, countSearchMatches, displayPerson, type ViewFilters, type ViewRow } from '../model/fullView';

export function useFullDirectory(first: FirstScreen, chosen: ViewFilters, now: number) {
  const { locale } = useI18n();
  const roster = useQuery(rosterQuery());
  // Without statuses (no im scope) only online/offline can be told apart: a dnd/away choice made
  // before that was known shows everyone.
  const statusesUnavailable = !!roster.data?.presenceError;
  const filters = useMemo(
    () => (statusesUnavailable && (chosen.presence === 'dnd' || chosen.presence === 'away') ? { ...chosen, presence: 'all' as const } : chosen),
    [chosen, statusesUnavailable],
  );
  const presence = useQuery(presenceIndexQuery()).data;
  const departments = useQuery(cachedDepartmentsQuery()).data ?? first.departments;
  // Subscribed, never fetched here: the first screen seeded it and the status card updates it.
  const myStatus = useQuery({ ...myStatusQuery(), enabled: false }).data;

  const people = roster.data?.people ?? first.people;
  const complete = roster.data?.complete ?? false;
  const presenceMatters = filters.presence !== 'all' || filters.order === 'presence';
  const check = useQuery({ ...presenceCheckQuery(), enabled: presenceMatters && complete && !roster.data?.presenceError });

  const departmentsById = useMemo(() => new Map(departments.map((d) => [d.id, d])), [departments]);
  const me = useMemo(() => (first.me ? { id: first.me.id, status: myStatus ?? null } : null), [first.me, myStatus]);

  const view = useMemo(
    () => buildFullView({ people, presence, me, filters, departmentsById, now, locale, statusesUnavailable }),
    [people, presence, me, filters, departmentsById, now, locale, statusesUnavailable],
  );

  /** Any loaded person as a row (for the card: it stays open when filters change). */
  const rowFor = (id: number): ViewRow | null => {
    const base = people.find((p) => p.id === id);
    if (!base) return null;
    const person = displayPerson(base, presence, me);
    return { person, presence: derivePresence(person.presence, now) };
  };

  const presenceKnown = useMemo(() => people.every((p) => presence.has(p.id)), [people, presence]);

  return {
    roster,
    view,
    departments,
    departmentsById,
    complete,
    presenceKnown,
    rowFor,
    statusesUnavailable,
    /** How many people the search alone finds (for the empty state). */
    countMatches: (query: string) => countSearchMatches(people, query, departmentsById, now),
    /** A presence filter or order waits for everyone's presence. */
    checking: presenceMatters && !statusesUnavailable && !presenceKnown && (!complete || check.isFetching),
    checkError: presenceMatters ? check.error : null,
  };
}
