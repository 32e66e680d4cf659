/**
 * im.department.* and im.search.department.list (scope im; intranet users only, else
 * 403 ACCESS_ERROR "Only intranet users have access to this method"). ID is an array or a JSON
 * string of ids.
 * - get: array of {id, name, full_name, manager_user_id[, manager_user_data]}; 400 INVALID_FORMAT.
 * - employees.get / managers.get: object keyed by department id → active employee (or head) ids,
 *   or im user objects with USER_DATA=Y; 400 ID_EMPTY.
 * - colleagues.list: the caller's colleagues (people of the caller's departments; a head also gets
 *   everyone below the departments they head and all other heads), by id; OFFSET/LIMIT (10, max 50).
 * - im.search.department.list: FIND (missing → 400 FIND_SHORT; under 2 characters → no filter)
 *   matched as word prefixes of full_name; OFFSET/LIMIT (10, max 50).
 */
import type { Department, PortalUser } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError } from './errors';
import { phpArray } from './envelope';
import { imUserObject } from './im-user-object';
import { imPage, imPaging, isYes, parseIdList, upperKeys, type Params } from './params';
import { words } from './user-filter';
import { userIndex } from './user-index';
import { isIntranet } from './visibility';

const IM = ['im'];
const LIST_LIMIT = 10;
const LIST_MAX = 50;

function requireIntranet(ctx: CallContext): void {
  if (!isIntranet(ctx.user)) throw new RestError('ACCESS_ERROR', 'Only intranet users have access to this method', 403);
}

export function fullDepartmentName(dep: Department, byId: Map<number, Department>): string {
  const parent = dep.parent === null ? undefined : byId.get(dep.parent);
  return parent ? `${dep.name} / ${parent.name}` : dep.name;
}

function departmentObject(d: Department, ctx: CallContext, withUsers: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: d.id,
    name: d.name,
    full_name: fullDepartmentName(d, ctx.store.data.departmentsById),
    manager_user_id: d.head ?? 0,
  };
  if (withUsers) {
    const head = d.head === null ? undefined : ctx.store.user(d.head);
    row.manager_user_data = head ? imUserObject(head, ctx.origin, ctx.now) : null;
  }
  return row;
}

const userData = (ctx: CallContext, withUsers: boolean) => (u: PortalUser) => (withUsers ? imUserObject(u, ctx.origin, ctx.now) : u.id);

function departmentGet(params: Params, ctx: CallContext): MethodResult {
  requireIntranet(ctx);
  const up = upperKeys(params);
  const ids = up.ID === undefined ? null : parseIdList(up.ID);
  if (!ids || ids.length === 0) throw new RestError('INVALID_FORMAT', 'A wrong format for the ID field is passed', 400);
  const byId = ctx.store.data.departmentsById;
  const result = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((d): d is Department => d !== undefined)
    .map((d) => departmentObject(d, ctx, isYes(up.USER_DATA)));
  return { result };
}

/** employees.get / managers.get: department id → the people `pick` finds there. */
function perDepartment(pick: (departmentId: number, ctx: CallContext) => readonly PortalUser[]) {
  return (params: Params, ctx: CallContext): MethodResult => {
    requireIntranet(ctx);
    const up = upperKeys(params);
    const ids = up.ID === undefined ? null : parseIdList(up.ID);
    if (!ids || ids.every((id) => id <= 0)) throw new RestError('ID_EMPTY', "Department ID can't be empty", 400);
    const toValue = userData(ctx, isYes(up.USER_DATA));
    const entries = [...new Set(ids)].filter((id) => id > 0).map((id) => [id, pick(id, ctx).map(toValue)] as const);
    return { result: phpArray(entries) };
  };
}

const employeesOf = (departmentId: number, ctx: CallContext) => userIndex(ctx.store.data).departmentMembers(departmentId);

function managersOf(departmentId: number, ctx: CallContext): PortalUser[] {
  const head = ctx.store.data.departmentsById.get(departmentId)?.head;
  const user = head === null || head === undefined ? undefined : ctx.store.user(head);
  return user && user.active && user.kind === 'employee' ? [user] : [];
}

/** Ids of a department and of every department below it. */
function subtree(rootId: number, departments: readonly Department[]): Set<number> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parent !== null && ids.has(d.parent) && !ids.has(d.id)) {
        ids.add(d.id);
        grew = true;
      }
    }
  }
  return ids;
}

function colleaguesList(params: Params, ctx: CallContext): MethodResult {
  requireIntranet(ctx);
  const up = upperKeys(params);
  const { departments } = ctx.store.data;
  const headed = departments.filter((d) => d.head === ctx.userId);
  const scope = new Set(ctx.user.departments);
  for (const d of headed) for (const id of subtree(d.id, departments)) scope.add(id);
  const heads = new Set(headed.length > 0 ? departments.map((d) => d.head).filter((id) => id !== null) : []);
  const found = ctx.store.data.users.filter(
    (u) => u.id !== ctx.userId && u.kind === 'employee' && u.active && (heads.has(u.id) || u.departments.some((id) => scope.has(id))),
  );
  return imPage(found, imPaging(up, LIST_LIMIT, LIST_MAX), userData(ctx, isYes(up.USER_DATA)));
}

function searchDepartmentList(params: Params, ctx: CallContext): MethodResult {
  requireIntranet(ctx);
  const up = upperKeys(params);
  if (up.FIND === undefined || up.FIND === null) throw new RestError('FIND_SHORT', 'Too short a search phrase.', 400);
  const phrase = typeof up.FIND === 'string' ? up.FIND.trim() : String(up.FIND);
  const wanted = [...phrase].length < 2 ? [] : words(phrase);
  const byId = ctx.store.data.departmentsById;
  const found = ctx.store.data.departments.filter((d) => {
    const content = words(fullDepartmentName(d, byId));
    return wanted.every((w) => content.some((c) => c.startsWith(w)));
  });
  const withUsers = isYes(up.USER_DATA);
  return imPage(found, imPaging(up, LIST_LIMIT, LIST_MAX), (d) => departmentObject(d, ctx, withUsers));
}

export const imDepartmentMethods: Record<string, MethodDef> = {
  'im.department.get': { scopes: IM, handler: departmentGet },
  'im.department.employees.get': { scopes: IM, handler: perDepartment(employeesOf) },
  'im.department.managers.get': { scopes: IM, handler: perDepartment(managersOf) },
  'im.department.colleagues.list': { scopes: IM, handler: colleaguesList },
  'im.search.department.list': { scopes: IM, handler: searchDepartmentList },
};
