/**
 * Wire → domain. Pure functions, no SDK, no I/O: every portal quirk is absorbed here
 * (`false`/""/null for "not set", string ids, ATOM datetimes, relative avatar URLs, `[]` for `{}`),
 * so everything above src/b24/ sees clean Person / Department / ChatSummary values.
 *
 * Names and titles stay exactly as the portal sent them: plain strings, never decoded into markup
 * (React renders them as text).
 */
import type { ChatStatus, ChatSummary, Department, Person, Phones, PresenceFacts } from '../people/types';
import { flagOrNull, idList, idOrNull, listItems, parseBirthday, parseDateTime, textOrNull, upperKeys } from './scalars';
import type { DepartmentRow, ImDepartment, ImRecentItem, ImUser, ImUserListResult, UserRow } from './wire';

export interface MapContext {
  /** The portal origin ("https://portal.example"), used to make relative URLs absolute. */
  origin: string | null;
}

const NO_CONTEXT: MapContext = { origin: null };

/** The placeholder portals send as `avatar`/`avatar_hr` for people without a photo. */
const BLANK_AVATAR = /\/blank\.gif(?:[?#].*)?$/i;

const CHAT_STATUSES: readonly ChatStatus[] = ['online', 'dnd', 'away', 'break'];

// ---------------------------------------------------------------------------------------------
// Scalars (the liberal readers live in scalars.ts; these names stay exported from here)

export { idOrNull, parseDateTime, textOrNull } from './scalars';

/** A chosen chat status in any letter case; unknown values ("offline", "invisible"…) → null. */
export function chatStatusOrNull(value: unknown): ChatStatus | null {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return CHAT_STATUSES.find((status) => status === word) ?? null;
}

/**
 * An image URL the app may show: absolute http(s) URLs are kept, portal-relative ones
 * ("/upload/a.png", "//cdn/a.png") are resolved against the portal origin. "", the blank.gif
 * placeholder, bare file ids ("1234") and other schemes (javascript:, data:…) → null.
 */
export function absoluteUrl(value: unknown, ctx: MapContext = NO_CONTEXT): string | null {
  const url = textOrNull(value)?.trim() ?? null;
  if (url === null || BLANK_AVATAR.test(url) || /^\d+$/.test(url)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:\/\//i.test(url) ? url : null;
  if (ctx.origin === null) return url;
  try {
    return new URL(url, ctx.origin).toString();
  } catch {
    return null;
  }
}

function genderOrNull(value: unknown): 'M' | 'F' | null {
  const letter = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return letter === 'M' || letter === 'F' ? letter : null;
}

/** im `birthday`: "DD-MM" (or "" / false; a full date is read too) → { day, month }. */
export function parseImBirthday(value: unknown): { day: number; month: number } | null {
  return parseBirthday(value);
}

/**
 * user.get `PERSONAL_BIRTHDAY`: an ATOM datetime ("1990-05-14T00:00:00+03:00"), a plain date or
 * "14.05.1990". Day and month are read from the date part as written, never shifted through a
 * time zone.
 */
export function parseRowBirthday(value: unknown): { day: number; month: number } | null {
  return parseBirthday(value);
}

/** `phones`: an object with the keys that are set, or false / null / [] / missing. */
function phones(entries: Array<[keyof Phones, unknown]>): Phones {
  const result: Phones = {};
  for (const [key, value] of entries) {
    const text = typeof value === 'number' ? String(value) : textOrNull(value);
    if (text !== null) result[key] = text;
  }
  return result;
}

function displayName(name: unknown, first: unknown, last: unknown, id: number): string {
  return (
    textOrNull(name) ??
    textOrNull([textOrNull(first), textOrNull(last)].filter(Boolean).join(' ')) ??
    `#${id}`
  );
}

/** The wire object as a plain record, for reading fields that may be missing or mistyped. */
function fields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// ---------------------------------------------------------------------------------------------
// People

/**
 * The presence facts an im user object carries (every field meaningful). Dates may be ATOM with
 * or without an offset, "Z", epoch numbers, or false / "" / null / missing for "not set".
 */
export function imPresenceFacts(user: ImUser): PresenceFacts {
  const u = fields(user);
  return {
    source: 'im',
    status: chatStatusOrNull(u.status),
    idleSince: parseDateTime(u.idle),
    lastActivityAt: parseDateTime(u.last_activity_date),
    mobileLastAt: parseDateTime(u.mobile_last_date),
    desktopLastAt: parseDateTime(u.desktop_last_date),
    absentUntil: parseDateTime(u.absent),
    onlineFlag: null,
  };
}

/**
 * An im user object (im.user.get, im.user.list.get, im.dialog.users.list…) → Person. Liberal:
 * the id may be a numeric string; every optional field may be false / null / "" / missing;
 * `departments` may be strings, one value or missing; `phones` false, [] or an object.
 */
export function personFromImUser(user: ImUser, ctx: MapContext = NO_CONTEXT): Person {
  const u = fields(user);
  const id = idOrNull(u.id) ?? 0;
  const wirePhones = fields(u.phones);
  return {
    id,
    name: displayName(u.name, u.first_name, u.last_name, id),
    firstName: textOrNull(u.first_name) ?? '',
    lastName: textOrNull(u.last_name) ?? '',
    position: textOrNull(u.work_position),
    departmentIds: idList(u.departments),
    avatarUrl: absoluteUrl(u.avatar, ctx) ?? absoluteUrl(u.avatar_hr, ctx),
    color: textOrNull(u.color),
    email: textOrNull(u.email),
    phones: phones([
      ['work', wirePhones.work_phone],
      ['mobile', wirePhones.personal_mobile],
      ['inner', wirePhones.inner_phone],
      ['personal', wirePhones.personal_phone],
    ]),
    birthday: parseImBirthday(u.birthday),
    gender: genderOrNull(u.gender),
    isExtranet: flagOrNull(u.extranet) === true,
    isBot: flagOrNull(u.bot) === true,
    presence: imPresenceFacts(user),
  };
}

/**
 * `im.user.list.get` result → Person[] in the portal's order: an array (RESULT_TYPE "array"), an
 * object keyed by id (RESULT_TYPE not honoured), `[]`/null/false for none. Entries without a
 * valid id are skipped.
 */
export function peopleFromImUserList(result: ImUserListResult | null | false, ctx: MapContext = NO_CONTEXT): Person[] {
  return listItems(result)
    .filter((user) => idOrNull(fields(user).id) !== null)
    .map((user) => personFromImUser(user as ImUser, ctx));
}

/**
 * A user.get / user.search / user.current row → Person with presence source 'directory'. Keys are
 * read in any letter case; ACTIVE / IS_ONLINE may be booleans or "Y"/"N"; UF_DEPARTMENT a list of
 * numbers or strings, one value, or missing; fields the scope hides are simply missing.
 */
export function personFromUserRow(row: UserRow, ctx: MapContext = NO_CONTEXT): Person {
  const r = upperKeys(fields(row));
  const id = idOrNull(r.ID) ?? 0;
  const first = textOrNull(r.NAME);
  const last = textOrNull(r.LAST_NAME);
  return {
    id,
    name: displayName(null, first, last, id),
    firstName: first ?? '',
    lastName: last ?? '',
    position: textOrNull(r.WORK_POSITION),
    departmentIds: idList(r.UF_DEPARTMENT),
    avatarUrl: absoluteUrl(r.PERSONAL_PHOTO, ctx),
    color: null,
    email: textOrNull(r.EMAIL),
    phones: phones([
      ['work', r.WORK_PHONE],
      ['mobile', r.PERSONAL_MOBILE],
      ['inner', r.UF_PHONE_INNER],
      ['personal', r.PERSONAL_PHONE],
    ]),
    birthday: parseRowBirthday(r.PERSONAL_BIRTHDAY),
    gender: genderOrNull(r.PERSONAL_GENDER),
    isExtranet: typeof r.USER_TYPE === 'string' && r.USER_TYPE.trim().toLowerCase() === 'extranet',
    isBot: false,
    presence: {
      source: 'directory',
      status: null,
      idleSince: null,
      lastActivityAt: parseDateTime(r.LAST_ACTIVITY_DATE),
      mobileLastAt: null,
      desktopLastAt: null,
      absentUntil: null,
      onlineFlag: flagOrNull(r.IS_ONLINE),
    },
  };
}

/** What a user.get row says about who it is: active? which USER_TYPE? (unknown → null). */
export function userRowKind(row: UserRow): { id: number | null; active: boolean | null; userType: string | null } {
  const r = upperKeys(fields(row));
  const userType = textOrNull(r.USER_TYPE)?.trim().toLowerCase() ?? null;
  return { id: idOrNull(r.ID), active: flagOrNull(r.ACTIVE), userType };
}

/**
 * Combines what we knew (`base`) with newer facts (`next`). When `next` comes from an im object it
 * wins outright (its nulls are meaningful: "not idle", "not absent"); only the directory-only
 * IS_ONLINE flag and a missing last activity are kept from `base`. Two directory facts merge
 * field by field, newer first.
 */
export function mergePresence(base: PresenceFacts, next: PresenceFacts): PresenceFacts {
  if (next.source === 'im') {
    return {
      ...next,
      lastActivityAt: next.lastActivityAt ?? base.lastActivityAt,
      onlineFlag: next.onlineFlag ?? base.onlineFlag,
    };
  }
  if (base.source === 'im') {
    // Directory facts never override an im object, but may add the IS_ONLINE flag and a newer activity.
    return {
      ...base,
      lastActivityAt: newest(base.lastActivityAt, next.lastActivityAt),
      onlineFlag: next.onlineFlag ?? base.onlineFlag,
    };
  }
  return {
    source: 'directory',
    status: null,
    idleSince: null,
    mobileLastAt: null,
    desktopLastAt: null,
    absentUntil: null,
    lastActivityAt: next.lastActivityAt ?? base.lastActivityAt,
    onlineFlag: next.onlineFlag ?? base.onlineFlag,
  };
}

function newest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * A directory person enriched with what an im object says about the same person: im facts win
 * (name, avatar, colour, contacts, presence); fields the im object lacks keep the directory value.
 */
export function withImFacts(person: Person, im: Person): Person {
  if (person.id !== im.id) return person;
  return {
    ...person,
    name: im.name || person.name,
    firstName: im.firstName || person.firstName,
    lastName: im.lastName || person.lastName,
    position: im.position ?? person.position,
    departmentIds: im.departmentIds.length > 0 ? im.departmentIds : person.departmentIds,
    avatarUrl: im.avatarUrl ?? person.avatarUrl,
    color: im.color ?? person.color,
    email: im.email ?? person.email,
    phones: { ...person.phones, ...im.phones },
    birthday: im.birthday ?? person.birthday,
    gender: im.gender ?? person.gender,
    isExtranet: im.isExtranet || person.isExtranet,
    isBot: im.isBot || person.isBot,
    presence: mergePresence(person.presence, im.presence),
  };
}

// ---------------------------------------------------------------------------------------------
// Departments and chats

/**
 * A department.get row → Department. ID/PARENT/UF_HEAD may be strings or numbers; the root's
 * PARENT may be missing, "", "0", 0 or null (all → null), and so may a department naming itself.
 */
export function departmentFromRow(row: DepartmentRow): Department {
  const r = upperKeys(fields(row));
  const id = idOrNull(r.ID) ?? 0;
  const parentId = idOrNull(r.PARENT);
  return {
    id,
    name: textOrNull(r.NAME) ?? '',
    parentId: parentId === id ? null : parentId,
    headUserId: idOrNull(r.UF_HEAD),
  };
}

/** An im.department.get item → Department (the im API does not tell the parent). */
export function departmentFromImItem(item: ImDepartment): Department {
  const d = fields(item);
  return {
    id: idOrNull(d.id) ?? 0,
    name: textOrNull(d.name) ?? textOrNull(d.full_name) ?? '',
    parentId: null,
    headUserId: idOrNull(d.manager_user_id),
  };
}

/**
 * An im.recent.list item → ChatSummary. `id` is a user id (number or numeric string) for a 1:1
 * dialog and "chatN" for a chat; `type` may be missing (then the id decides); `chat_id` may be
 * missing (then "chatN" gives it); `avatar` an object or a URL; `user` partial. Every non-user
 * type (chat, open line…) is a chat.
 */
export function chatFromRecentItem(item: ImRecentItem, ctx: MapContext = NO_CONTEXT): ChatSummary {
  const it = fields(item);
  const user = fields(it.user);
  const rawId = typeof it.id === 'number' || typeof it.id === 'string' ? String(it.id).trim() : '';
  const type = textOrNull(it.type)?.trim().toLowerCase() ?? (idOrNull(rawId) !== null ? 'user' : 'chat');
  const isUser = type === 'user';
  const userId = isUser ? (idOrNull(rawId) ?? idOrNull(user.id)) : null;
  const dialogId = rawId || (userId !== null ? String(userId) : idOrNull(it.chat_id) !== null ? `chat${String(it.chat_id)}` : '');
  const chatNumber = /^chat(\d+)$/i.exec(dialogId)?.[1];
  const avatar = typeof it.avatar === 'string' ? { url: it.avatar } : fields(it.avatar);
  const message = fields(it.message);
  return {
    dialogId,
    chatId: idOrNull(it.chat_id) ?? (chatNumber !== undefined ? idOrNull(chatNumber) : null),
    type: isUser ? 'user' : 'chat',
    title: textOrNull(it.title) ?? textOrNull(user.name) ?? dialogId,
    avatarUrl: absoluteUrl(avatar.url, ctx) ?? (isUser ? (absoluteUrl(user.avatar, ctx) ?? null) : null),
    color: textOrNull(avatar.color) ?? (isUser ? textOrNull(user.color) : null),
    userId,
    lastMessageAt: parseDateTime(message.date) ?? parseDateTime(it.date_update),
  };
}
