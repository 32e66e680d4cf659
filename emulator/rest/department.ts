/**
 * department.get (scope department). Filters ID, NAME (full name), SORT, PARENT, UF_HEAD
 * (equality; arrays act as IN). `sort`/`SORT` names the sort field when its value is one of the
 * sortable fields, otherwise it is the SORT filter. Paging is page-based like the portal's
 * section list: page = floor(START / 50). The root department has no PARENT; UF_HEAD only when set.
 */
import type { Department } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { isRecord, toInt, upperKeys, type Params } from './params';
import { normalizeText } from './user-filter';

const SORTABLE = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'] as const;
type SortField = (typeof SORTABLE)[number];
const PAGE_SIZE = 50;

function sortValue(d: Department, field: SortField): string | number {
  switch (field) {
    case 'NAME': return normalizeText(d.name);
    case 'SORT': return d.sort;
    case 'PARENT': return d.parent ?? 0;
    case 'UF_HEAD': return d.head ?? 0;
    default: return d.id;
  }
}

function valuesOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isRecord(v)) return Object.values(v);
  return [v];
}

export function departmentRow(d: Department): Record<string, unknown> {
  const row: Record<string, unknown> = { ID: String(d.id), NAME: d.name, SORT: d.sort };
  if (d.parent !== null) row.PARENT = String(d.parent);
  if (d.head !== null) row.UF_HEAD = String(d.head);
  return row;
}

export function departmentGet(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  let sortField: SortField = 'SORT';
  const filters: [SortField, unknown][] = [];
  if (up.SORT !== undefined) {
    const named = typeof up.SORT === 'string' ? up.SORT.toUpperCase() : '';
    if ((SORTABLE as readonly string[]).includes(named)) sortField = named as SortField;
    else filters.push(['SORT', up.SORT]);
  }
  for (const f of ['ID', 'NAME', 'PARENT', 'UF_HEAD'] as const) if (up[f] !== undefined) filters.push([f, up[f]]);
  const desc = typeof up.ORDER === 'string' && up.ORDER.toUpperCase() === 'DESC';
  const list = ctx.store.data.departments.filter((d) =>
    filters.every(([field, value]) =>
      valuesOf(value).some((v) =>
        field === 'NAME' ? normalizeText(String(v ?? '')) === normalizeText(d.name) : toInt(v) === (sortValue(d, field) as number),
      ),
    ),
  );
  const dir = desc ? -1 : 1;
  list.sort((a, b) => {
    const x = sortValue(a, sortField);
    const y = sortValue(b, sortField);
    if (x < y) return -dir;
    if (x > y) return dir;
    return a.id - b.id;
  });
  const pageIndex = Math.max(0, Math.floor(toInt(up.START) / PAGE_SIZE));
  const offset = pageIndex * PAGE_SIZE;
  const out: MethodResult = { result: list.slice(offset, offset + PAGE_SIZE).map(departmentRow), total: list.length };
  if (offset + PAGE_SIZE < list.length) out.next = offset + PAGE_SIZE;
  return out;
}

export const departmentMethods: Record<string, MethodDef> = {
  'department.get': { scopes: ['department'], handler: departmentGet },
};
