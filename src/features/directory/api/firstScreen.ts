/**
 * Request 1: ONE batch with me and my status (seeding the shared caches, see
 * people/firstScreen.ts), department page 0 and people page 0 (active employees by last name).
 * Its `total` decides how the rest loads (people/loadingPlan.ts) when the portal sent a usable one;
 * without it (`totalExact: false`) the directory starts in full mode and follows `next`
 * (api/fullLoad.ts), switching to server paging if the portal turns out bigger than FULL_LOAD_LIMIT.
 */
import { queryOptions } from '@tanstack/react-query';
import { cmd, unwrap, type AppError } from '../../../b24';
import { loadFirstScreen } from '../../../people/firstScreen';
import { directoryMode, type DirectoryMode } from '../../../people/loadingPlan';
import type { Department, Person } from '../../../people/types';
import { directoryKeys } from './keys';
import { recordImPeople } from './presenceCache';
import { departmentChainFrom, storeDepartmentsIfComplete } from './departmentsCache';

export interface FirstScreen {
  /** Active employees in the portal, as user.get counts them (a lower bound when not `totalExact`). */
  total: number;
  /** False when the portal sent no usable total: `total` is only what page 0 showed. */
  totalExact: boolean;
  /** Where people page 1 starts (the rows page 0 brought), or null when page 0 is the only one. */
  next: number | null;
  mode: DirectoryMode;
  /** People page 0 (directory rows: presence source 'directory'). */
  people: Person[];
  departments: Department[];
  departmentsTotal: number;
  departmentsTotalExact: boolean;
  /** Where department page 1 starts, or null. */
  departmentsNext: number | null;
  /** department.get failed (e.g. no `department` scope): people still show, without department names. */
  departmentsError: AppError | null;
  /** Me from im.user.get, or null when that part failed. */
  me: Person | null;
}

export const firstScreenQuery = () =>
  queryOptions({
    queryKey: directoryKeys.firstScreen(),
    queryFn: async ({ client }): Promise<FirstScreen> => {
      const r = await loadFirstScreen(client, { deps: cmd.departmentsPage(0), p0: cmd.employeesPage({ start: 0 }) });
      const page = unwrap(r.p0);
      const me = r.me.ok ? r.me.value : null;
      if (me) recordImPeople(client, [me], Date.now());
      const deps = r.deps.ok ? r.deps.value : null;
      if (deps) storeDepartmentsIfComplete(client, departmentChainFrom(deps));
      const totalExact = page.totalExact !== false;
      return {
        total: page.total,
        totalExact,
        next: page.next,
        mode: totalExact ? directoryMode(page.total) : 'full',
        people: page.people,
        departments: deps?.departments ?? [],
        departmentsTotal: deps?.total ?? 0,
        departmentsTotalExact: deps?.totalExact !== false,
        departmentsNext: deps?.next ?? null,
        departmentsError: r.deps.ok ? null : r.deps.error,
        me,
      };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
