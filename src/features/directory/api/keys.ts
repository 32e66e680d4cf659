/**
 * Query keys of the directory, under the shared `['people']` root (so invalidating
 * `peopleKeys.all` reaches them too). One key per concern:
 * - firstScreen: request 1 (me, my status, department page 0, people page 0);
 * - roster: everyone, for portals up to FULL_LOAD_LIMIT people (loaded in the background);
 * - paged: one server-paged list per search/filter/order, for bigger portals;
 * - presence: what im user objects told us, by person id (shared by every list);
 * - presenceCheck: "everyone's presence is known" before a presence filter or order is trusted.
 */
import { peopleKeys } from '../../../people/queries';

export interface PagedListParams {
  /** Server search (user.search FIND); '' for none. */
  find: string;
  departmentId: number | null;
  /** user.get IS_ONLINE: true (connected), false (not connected) or null (anyone). */
  online: boolean | null;
  order: 'name' | 'recent';
}

export const directoryKeys = {
  all: () => [...peopleKeys.all, 'directory'] as const,
  firstScreen: () => [...directoryKeys.all(), 'first-screen'] as const,
  roster: () => [...directoryKeys.all(), 'roster'] as const,
  paged: (params: PagedListParams) => [...directoryKeys.all(), 'paged', params] as const,
  presence: () => [...directoryKeys.all(), 'presence'] as const,
  presenceCheck: () => [...directoryKeys.all(), 'presence-check'] as const,
};
