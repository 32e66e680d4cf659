/**
 * im.user.get, im.user.list.get, im.user.status.get/set, im.user.status.idle.start/end (scope im).
 * Status methods act on the token owner only. Extranet callers may only read users of their
 * extranet groups (im.user.get → 403 ACCESS_DENIED, im.user.list.get silently skips).
 */
import type { ChosenStatus } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError, systemErrors } from './errors';
import { imUserObject } from './im-user-object';
import { parseIdList, toInt, upperKeys, type Params } from './params';
import { phpArray } from './envelope';
import { canSee, visibleIdsFor } from './visibility';

const STATUSES: readonly ChosenStatus[] = ['online', 'dnd', 'away', 'break'];
const IM = ['im'];

function imUserGet(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  let id = ctx.userId;
  if (up.ID !== undefined && up.ID !== null) {
    id = toInt(up.ID);
    if (id <= 0) throw new RestError('ID_EMPTY', "User ID can't be empty", 400);
  }
  const user = ctx.store.user(id);
  if (!user) throw new RestError('USER_NOT_EXISTS', 'User is not exists', 400);
  if (!canSee(visibleIdsFor(ctx.user, ctx.store.data), id)) {
    throw new RestError('ACCESS_DENIED', 'You can request only users who consist of your extranet group', 403);
  }
  return { result: imUserObject(user, ctx.origin, ctx.now) };
}

function imUserListGet(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  const ids = up.ID === undefined ? null : parseIdList(up.ID);
  if (!ids || ids.length === 0) throw new RestError('INVALID_FORMAT', 'A wrong format for the ID field is passed', 400);
  const visible = visibleIdsFor(ctx.user, ctx.store.data);
  const seen = new Set<number>();
  const entries: [number, Record<string, unknown>][] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const user = ctx.store.user(id);
    if (!user || !canSee(visible, id)) continue;
    entries.push([id, imUserObject(user, ctx.origin, ctx.now)]);
  }
  if (up.RESULT_TYPE === 'array') return { result: entries.map(([, u]) => u) };
  return { result: phpArray(entries) };
}

function statusGet(_params: Params, ctx: CallContext): MethodResult {
  return { result: ctx.user.status };
}

function statusSet(params: Params, ctx: CallContext): MethodResult {
  if (ctx.store.faults.statusSetFails) throw systemErrors.internal();
  const status = upperKeys(params).STATUS;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
    throw new RestError('STATUS_ERROR', 'Status is not available', 400);
  }
  ctx.user.status = status as ChosenStatus;
  return { result: true };
}

function idleStart(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  const ago = up.AGO === undefined ? 10 : Math.max(1, toInt(up.AGO));
  ctx.user.idleSince = Math.floor((ctx.now - ago * 60_000) / 1000) * 1000;
  return { result: true };
}

function idleEnd(_params: Params, ctx: CallContext): MethodResult {
  ctx.user.idleSince = null;
  return { result: true };
}

export const imUserMethods: Record<string, MethodDef> = {
  'im.user.get': { scopes: IM, handler: imUserGet },
  'im.user.list.get': { scopes: IM, handler: imUserListGet },
  'im.user.status.get': { scopes: IM, handler: statusGet },
  'im.user.status.set': { scopes: IM, handler: statusSet },
  'im.user.status.idle.start': { scopes: IM, handler: idleStart },
  'im.user.status.idle.end': { scopes: IM, handler: idleEnd },
};
