/**
 * im.dialog.users.list (scope im): im user objects of a dialog's members, sorted by id.
 * DIALOG_ID `chatN` (member only, else 403 "You don't have access to this chat") or a user id
 * (the 1:1 dialog: caller + that user; unknown/hidden user ⇒ 403 "You do not have access to the
 * specified dialog"). LIMIT default 50, max 200; OFFSET; LAST_ID keyset; `total` + `next`.
 */
import type { PortalUser } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError } from './errors';
import { imUserObject } from './im-user-object';
import { asString, imPaging, isYes, toInt, upperKeys, type Params } from './params';
import { canSee, visibleIdsFor } from './visibility';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

const dialogIdEmpty = () => new RestError('DIALOG_ID_EMPTY', "Dialog ID can't be empty", 400);
const noChatAccess = () => new RestError('ACCESS_ERROR', "You don't have access to this chat", 403);
const noDialogAccess = () => new RestError('ACCESS_ERROR', 'You do not have access to the specified dialog', 403);

function externalType(u: PortalUser): string | null {
  if (u.kind === 'bot') return 'bot';
  if (u.kind === 'email') return 'email';
  if (u.kind === 'openlines') return 'imconnector';
  return null;
}

function membersOf(dialogId: string, ctx: CallContext): number[] {
  const chatMatch = /^chat(\d+)$/i.exec(dialogId);
  if (chatMatch) {
    const chat = ctx.store.data.chatsById.get(Number(chatMatch[1]));
    if (!chat || !chat.memberIds.includes(ctx.userId)) throw noChatAccess();
    return chat.memberIds;
  }
  if (/^sg\d+$/i.test(dialogId)) throw noChatAccess();
  if (!/^\d+$/.test(dialogId)) throw dialogIdEmpty();
  const otherId = Number(dialogId);
  if (otherId <= 0) throw dialogIdEmpty();
  if (!ctx.store.user(otherId) || !canSee(visibleIdsFor(ctx.user, ctx.store.data), otherId)) throw noDialogAccess();
  return [...new Set([ctx.userId, otherId])];
}

function dialogUsersList(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  const dialogId = asString(up.DIALOG_ID).trim();
  if (dialogId === '') throw dialogIdEmpty();
  const skipExternal = isYes(up.SKIP_EXTERNAL);
  const keepTypes = new Set(asString(up.SKIP_EXTERNAL_EXCEPT_TYPES).split(',').map((s) => s.trim()).filter((s) => s !== ''));
  let users = membersOf(dialogId, ctx)
    .map((id) => ctx.store.user(id))
    .filter((u): u is PortalUser => u !== undefined)
    .filter((u) => {
      const type = externalType(u);
      return !skipExternal || type === null || keepTypes.has(type);
    })
    .sort((a, b) => a.id - b.id);
  const total = users.length;
  const paging = imPaging(up, DEFAULT_LIMIT, MAX_LIMIT);
  const { limit } = paging;
  const lastId = toInt(up.LAST_ID);
  const offset = lastId > 0 ? 0 : paging.offset;
  if (lastId > 0) users = users.filter((u) => u.id > lastId);
  const pageUsers = users.slice(offset, offset + limit);
  const out: MethodResult = { result: pageUsers.map((u) => imUserObject(u, ctx.origin, ctx.now)), total };
  if (offset + limit < users.length) out.next = offset + limit;
  return out;
}

export const imDialogMethods: Record<string, MethodDef> = {
  'im.dialog.users.list': { scopes: ['im'], handler: dialogUsersList },
};
