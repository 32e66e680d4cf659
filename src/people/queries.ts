/**
 * Server state shared by every screen, as TanStack Query options. Keys go from general to specific
 * (`['people', …]`), so one invalidation of `peopleKeys.all` reaches every screen.
 *
 * The first screen is loaded by ONE batch request (see firstScreen.ts), which seeds `me` and
 * `myStatus` here; the long staleTime keeps those queries from asking again right after.
 * Feature-specific queries (the directory list, chat members, presence refresh…) add their own
 * keys under `peopleKeys.all` in their own modules.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDepartments, fetchMe, fetchMyStatus } from '../b24';

export const peopleKeys = {
  all: ['people'] as const,
  me: () => [...peopleKeys.all, 'me'] as const,
  myStatus: () => [...peopleKeys.all, 'me', 'status'] as const,
  departments: () => ['departments'] as const,
};

export const meQuery = () =>
  queryOptions({
    queryKey: peopleKeys.me(),
    queryFn: fetchMe,
    staleTime: 5 * 60_000,
  });

/** My chosen chat status (`im.user.status.get`); null when the portal has none. */
export const myStatusQuery = () =>
  queryOptions({
    queryKey: peopleKeys.myStatus(),
    queryFn: fetchMyStatus,
    staleTime: 60_000,
  });

export const departmentsQuery = () =>
  queryOptions({
    queryKey: peopleKeys.departments(),
    queryFn: fetchDepartments,
    staleTime: 10 * 60_000,
  });
