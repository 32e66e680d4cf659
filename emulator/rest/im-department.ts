/**
 * im.department.get and im.department.employees.get (scope im; intranet users only, else
 * 403 ACCESS_ERROR). ID is an array or a JSON string of ids. get: array of
 * {id, name, full_name, manager_user_id[, manager_user_data]}; employees.get: object keyed by
 * department id → active employee ids (or im user objects with USER_DATA=Y).
 */
import type { Department } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError } from './errors';
import { phpArray } from './envelope';
import { imUserObject } from './im-user-object';
import { isYes, parseIdList, upperKeys, type Params } from './params';
import { userIndex } from './user-index';
import { isIntranet } from './visibility';

function requireIntranet(ctx: CallContext): void {
  if (!isIntranet(ctx.user)) throw new RestError('ACCESS_ERROR', 'Only intranet users have access to this method', 403);
}

export function fullDepartmentName(dep: Department, byId: Map<number, Department>): string {
  const parent = dep.parent === null ? undefined : byId.get(dep.parent);
  return parent ? `${dep.name} / ${parent.name}` : dep.name;
}

function departmentGet(params: Params, ctx: CallContext): MethodResult {
  requireIntranet(ctx);
  const up = upperKeys(params);
  const ids = up.ID === undefined ? null : parseIdList(up.ID);
  if (!ids || ids.length === 0) throw new RestError('INVALID_FORMAT', 'A wrong format for the ID field is passed', 400);
  const withUsers = isYes(up.USER_DATA);
  const byId = ctx.store.data.departmentsById;
  const result = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((d): d is Department => d !== undefined)
    .map((d) => {
      const row: Record<string, unknown> = { id: d.id, name: d.name, full_name: fullDepartmentName(d, byId), manager_user_id: d.head ?? 0 };
      if (withUsers) {
        const head = d.head === null ? undefined : ctx.store.user(d.head);
        row.manager_user_data = head ? imUserObject(head, ctx.origin, ctx.now) : null;
      }
      return row;
    });
  return { result };
}

function employeesGet(params: Params, ctx: CallContext): MethodResult {
  requireIntranet(ctx);
  const up = upperKeys(params);
  const ids = up.ID === undefined ? null : parseIdList(up.ID);
  if (!ids || ids.length === 0 || ids.every((id) => id <= 0)) throw new RestError('ID_EMPTY', "Department ID can't be empty", 400);
  const withUsers = isYes(up.USER_DATA);
  const index = userIndex(ctx.store.data);
  const entries = [...new Set(ids)]
    .filter((id) => id > 0)
    .map((id) => {
      const members = index.departmentMembers(id);
      const value = withUsers ? members.map((u) => imUserObject(u, ctx.origin, ctx.now)) : members.map((u) => u.id);
      return [id, value] as const;
    });
  return { result: phpArray(entries) };
}

export const imDepartmentMethods: Record<string, MethodDef> = {
  'im.department.get': { scopes: ['im'], handler: departmentGet },
  'im.department.employees.get': { scopes: ['im'], handler: employeesGet },
};
