/**
 * im.search.user.list (scope im): FIND (≥ 2 characters after trimming, else 400 FIND_SHORT)
 * matched as word prefixes of names, position and department names; active humans only
 * (employees, plus extranet users the caller may see; BUSINESS=Y ⇒ employees only).
 * OFFSET, LIMIT (default 10, max 50). Result keyed by user id (`[]` when nothing), `total`, `next`.
 */
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError } from './errors';
import { phpArray } from './envelope';
import { imSearchUserObject } from './im-user-object';
import { asString, imPage, imPaging, isYes, upperKeys, type Params } from './params';
import { userIndex } from './user-index';
import { canSee, visibleIdsFor } from './visibility';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

function searchUserList(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  const find = asString(up.FIND).trim();
  if ([...find].length < 2) throw new RestError('FIND_SHORT', 'Too short a search phrase.', 400);
  const business = isYes(up.BUSINESS);
  const visible = visibleIdsFor(ctx.user, ctx.store.data);
  const matches = userIndex(ctx.store.data).phraseMatches(find);
  const found = ctx.store.data.users.filter(
    (u) =>
      (matches === null || matches.has(u.id)) &&
      u.active &&
      (u.kind === 'employee' || (!business && u.kind === 'extranet')) &&
      canSee(visible, u.id),
  );
  const page = imPage(found, imPaging(up, DEFAULT_LIMIT, MAX_LIMIT), (u) => [u.id, imSearchUserObject(u, ctx.origin, ctx.now)] as const);
  return { ...page, result: phpArray(page.result) };
}

export const imSearchMethods: Record<string, MethodDef> = {
  'im.search.user.list': { scopes: ['im'], handler: searchUserList },
};
