/**
 * GET /emulator-api/users: the compact user list the portal page's pickers page through
 * ("act as another user", selectUser). Every user of the portal (bots, e-mail, open-lines and
 * dismissed users too, unless filtered), by id. `query` is an exact id, or words that must each
 * appear (as substrings, case- and ё-insensitive) in the name or position.
 */
import { avatarUrl } from './rest/im-user-object';
import { normalizeText } from './rest/user-filter';
import { fullName } from './rest/visibility';
import type { PortalData, PortalUser, UserKind, UserList, UserListItem, UserListQuery } from './types';

export const USER_LIST_DEFAULT_LIMIT = 50;
export const USER_LIST_MAX_LIMIT = 500;
const USER_KINDS: readonly UserKind[] = ['employee', 'extranet', 'bot', 'email', 'openlines'];

export function userListItem(user: PortalUser, origin: string): UserListItem {
  return {
    id: user.id,
    name: fullName(user),
    position: user.workPosition ?? '',
    avatar: avatarUrl(user, origin),
    active: user.active,
    userType: user.kind,
  };
}

/** Reads the query string of GET /emulator-api/users (junk values fall back to the defaults). */
export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  const out: UserListQuery = {};
  const query = params.get('query');
  if (query !== null) out.query = query;
  const limit = Number.parseInt(params.get('limit') ?? '', 10);
  if (Number.isFinite(limit)) out.limit = limit;
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  if (Number.isFinite(offset)) out.offset = offset;
  const userType = params.get('userType');
  if (userType !== null && (USER_KINDS as readonly string[]).includes(userType)) out.userType = userType as UserKind;
  const active = params.get('active');
  if (active === '1' || active === 'true') out.active = true;
  if (active === '0' || active === 'false') out.active = false;
  return out;
}

function queryMatcher(query: string): (user: PortalUser) => boolean {
  const text = normalizeText(query.trim());
  if (text === '') return () => true;
  if (/^\d+$/.test(text)) {
    const id = Number(text);
    return (user) => user.id === id;
  }
  const terms = text.split(/\s+/);
  return (user) => {
    const haystack = normalizeText(`${fullName(user)} ${user.workPosition ?? ''}`);
    return terms.every((term) => haystack.includes(term));
  };
}

export function listUsers(data: PortalData, q: UserListQuery, origin: string): UserList {
  const limit = Math.min(USER_LIST_MAX_LIMIT, Math.max(1, Math.floor(q.limit ?? USER_LIST_DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const matches = queryMatcher(q.query ?? '');
  const found = data.users.filter(
    (u) => (q.userType === undefined || u.kind === q.userType) && (q.active === undefined || u.active === q.active) && matches(u),
  );
  return { total: found.length, users: found.slice(offset, offset + limit).map((u) => userListItem(u, origin)) };
}
