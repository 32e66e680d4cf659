/**
 * Request 1: ONE batch with me and my status (seeding the shared caches, see
 * people/firstScreen.ts), department page 0 and people page 0 (active employees by last name).
 * Its `total` decides how the rest loads (people/loadingPlan.ts).
 */
import { queryOptions } from '@tanstack/react-query';
import { cmd, unwrap, type AppError } from '../../../b24';
import { loadFirstScreen } from '../../../people/firstScreen';
import { directoryMode, type DirectoryMode } from '../../../people/loadingPlan';
import type { Department, Person } from '../../../people/types';
import { directoryKeys } from './keys';
import { recordImPeople } from './presenceCache';
import { storeDepartmentsIfComplete } from './departmentsCache';

export interface FirstScreen {
  /** Active employees in the portal, as user.get counts them. */
  total: number;
  mode: DirectoryMode;
  /** People page 0 (directory rows: presence source 'directory'). */
  people: Person[];
  departments: Department[];
  departmentsTotal: number;
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
      const departments = r.deps.ok ? r.deps.value.departments : [];
      const departmentsTotal = r.deps.ok ? r.deps.value.total : 0;
      if (r.deps.ok) storeDepartmentsIfComplete(client, departments, departmentsTotal);
      return {
        total: page.total,
        mode: directoryMode(page.total),
        people: page.people,
        departments,
        departmentsTotal,
        departmentsError: r.deps.ok ? null : r.deps.error,
        me,
      };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
