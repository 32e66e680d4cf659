/**
 * Departments go to the shared `departmentsQuery()` cache (people/queries.ts) once every page is
 * in, so other screens reuse them; the directory reads that cache without asking on its own.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { departmentsQuery } from '../../../people/queries';
import type { Department } from '../../../people/types';

export function storeDepartmentsIfComplete(qc: QueryClient, departments: readonly Department[], total: number): boolean {
  const unique = new Map(departments.map((d) => [d.id, d]));
  if (unique.size < total) return false;
  qc.setQueryData(departmentsQuery().queryKey, [...unique.values()]);
  return true;
}

/** The departments once they are in the cache; never fetched from here. */
export const cachedDepartmentsQuery = () => queryOptions({ ...departmentsQuery(), enabled: false });
