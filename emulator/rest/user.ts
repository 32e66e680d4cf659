/**
 * user.get, user.search, user.current (scopes user / user_basic / user_brief).
 * Bots, e-mail and open-lines users are never listed. Paging: fixed 50 rows, `start` is an
 * offset, `total` always (except start=-1, which disables the count), `next` when more rows exist.
 * Sort: `sort`/`SORT` field name + `order`/`ORDER` ASC|DESC (non-string values are ignored);
 * under the `ignoreSort` portal variant always ID ASC.
 */
import type { PortalUser } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { systemErrors } from './errors';
import { asString, isRecord, toInt, upperKeys, type Params } from './params';
import { buildConditions, compileFilter, fieldPrefixMatch } from './user-filter';
import { userIndex } from './user-index';
import { parseSelect, userRow, userScopeLevel, type UserScopeLevel } from './user-row';
import { canSee, visibleIdsFor } from './visibility';

export const PAGE_SIZE = 50;
const USER_SCOPES = ['user', 'user_basic', 'user_brief'];
const RESERVED = new Set(['SORT', 'ORDER', 'SELECT', 'START', 'ADMIN_MODE', 'IMAGE_RESIZE', 'FILTER', 'FIND']);
const SEARCH_FIELDS = new Set(['NAME', 'LAST_NAME', 'WORK_POSITION', 'UF_DEPARTMENT_NAME']);

function levelOf(ctx: CallContext): UserScopeLevel {
  const level = userScopeLevel(ctx.store.config.scopes);
  if (level === null) throw systemErrors.insufficientScope();
  return level;
}

/** FILTER object when given, otherwise the top-level keys that are not reserved parameters. */
function filterSource(up: Params): Record<string, unknown> {
  if (isRecord(up.FILTER)) return up.FILTER;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(up)) if (!RESERVED.has(k.replace(/^[^A-Z_]+/, ''))) out[k] = v;
  return out;
}

/**
 * The listable users the caller may see, in the requested order (`sort`/`order`, ID ASC by
 * default), that pass `keep`; then one page of rows. `listKey` names the list (method + filter):
 * within one request (a batch paging through it) the list is built once.
 */
function page(up: Params, ctx: CallContext, level: UserScopeLevel, listKey: unknown, keep: () => (u: PortalUser) => boolean): MethodResult {
  const sorted = !ctx.store.variants.ignoreSort;
  const sortField = sorted && typeof up.SORT === 'string' ? up.SORT : 'ID';
  const desc = sorted && typeof up.ORDER === 'string' && up.ORDER.toUpperCase() === 'DESC';
  const key = JSON.stringify(['user-list', listKey, sortField, desc]);
  let users = ctx.memo.get(key) as PortalUser[] | undefined;
  if (!users) {
    const visible = visibleIdsFor(ctx.user, ctx.store.data);
    const test = keep();
    users = userIndex(ctx.store.data)
      .listableSorted(sortField, desc)
      .filter((u) => canSee(visible, u.id) && test(u));
    ctx.memo.set(key, users);
  }
  const start = toInt(up.START);
  const offset = Math.max(0, start);
  const select = parseSelect(up.SELECT);
  const rows = users.slice(offset, offset + PAGE_SIZE).map((u) => userRow(u, level, select, ctx.origin, ctx.now));
  if (start === -1) return { result: rows };
  const out: MethodResult = { result: rows, total: users.length };
  if (offset + PAGE_SIZE < users.length) out.next = offset + PAGE_SIZE;
  return out;
}

/** Ids matching a FIND / NAME_SEARCH phrase (word prefixes); null = no restriction. */
function phraseFilter(ctx: CallContext, phrase: string | null): ReadonlySet<number> | null {
  return phrase === null ? null : userIndex(ctx.store.data).phraseMatches(phrase);
}

export function userGet(params: Params, ctx: CallContext): MethodResult {
  const level = levelOf(ctx);
  const up = upperKeys(params);
  const source = filterSource(up);
  return page(up, ctx, level, ['user.get', source], () => {
    const { conditions, nameSearch } = buildConditions(source, level);
    const found = phraseFilter(ctx, nameSearch);
    const matches = compileFilter(conditions);
    return (u) => (found === null || found.has(u.id)) && matches(u, ctx.now);
  });
}

export function userSearch(params: Params, ctx: CallContext): MethodResult {
  const level = levelOf(ctx);
  const up = upperKeys(params);
  const source = filterSource(up);
  const find = up.FIND ?? upperKeys(source).FIND;
  if (find !== undefined) {
    return page(up, ctx, level, ['user.search.find', asString(find)], () => {
      const found = phraseFilter(ctx, asString(find));
      return (u) => found === null || found.has(u.id);
    });
  }
  return page(up, ctx, level, ['user.search', source], () => searchFilter(source, level, ctx));
}

/** user.search FILTER: word-prefix keys (NAME, LAST_NAME, WORK_POSITION, UF_DEPARTMENT_NAME) plus user.get filters. */
function searchFilter(source: Record<string, unknown>, level: UserScopeLevel, ctx: CallContext): (u: PortalUser) => boolean {
  const plain: Record<string, unknown> = {};
  const prefixConds: [string, string][] = [];
  for (const [key, value] of Object.entries(source)) {
    const upperKey = key.toUpperCase();
    if (SEARCH_FIELDS.has(upperKey)) prefixConds.push([upperKey, asString(value)]);
    else plain[key] = value;
  }
  const { conditions, nameSearch } = buildConditions(plain, level);
  const found = phraseFilter(ctx, nameSearch);
  const matches = compileFilter(conditions);
  const departments = ctx.store.data.departmentsById;
  const textOf = (u: PortalUser, field: string): string => {
    if (field === 'NAME') return u.firstName;
    if (field === 'LAST_NAME') return u.lastName;
    if (field === 'WORK_POSITION') return u.workPosition ?? '';
    return u.departments.map((id) => departments.get(id)?.name ?? '').join(' ');
  };
  return (u) =>
    (found === null || found.has(u.id)) &&
    matches(u, ctx.now) &&
    prefixConds.every(([field, value]) => fieldPrefixMatch(textOf(u, field), value));
}

export function userCurrent(_params: Params, ctx: CallContext): MethodResult {
  return { result: userRow(ctx.user, levelOf(ctx), null, ctx.origin, ctx.now) };
}

export const userMethods: Record<string, MethodDef> = {
  'user.get': { scopes: USER_SCOPES, handler: userGet },
  'user.search': { scopes: USER_SCOPES, handler: userSearch },
  'user.current': { scopes: USER_SCOPES, handler: userCurrent },
};
