/**
 * Wire → domain. Pure functions, no SDK, no I/O: every portal quirk is absorbed here
 * (`false`/""/null for "not set", string ids, ATOM datetimes, relative avatar URLs, `[]` for `{}`),
 * so everything above src/b24/ sees clean Person / Department / ChatSummary values.
 *
 * Names and titles stay exactly as the portal sent them: plain strings, never decoded into markup
 * (React renders them as text).
 */
import type { ChatStatus, ChatSummary, Department, Person, Phones, PresenceFacts } from '../people/types';
import type { DepartmentRow, ImDepartment, ImRecentItem, ImUser, ImUserListResult, UserRow } from './wire';

export interface MapContext {
  /** The portal origin ("https://portal.example"), used to make relative URLs absolute. */
  origin: string | null;
}

const NO_CONTEXT: MapContext = { origin: null };

/** The placeholder the portal sends as `avatar_hr` for people without a photo. */
const BLANK_AVATAR = /\/images\/blank\.gif$/;

const CHAT_STATUSES: readonly ChatStatus[] = ['online', 'dnd', 'away', 'break'];

// ---------------------------------------------------------------------------------------------
// Scalars

/** ATOM/ISO-8601 datetime → epoch ms; false, "", null, objects and garbage → null. */
export function parseDateTime(value: unknown): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** "" / null / false / undefined / non-strings → null; other strings are kept as they are. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A positive integer id from a number or a numeric string ("15"); anything else → null. */
export function idOrNull(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function chatStatusOrNull(value: unknown): ChatStatus | null {
  return CHAT_STATUSES.find((status) => status === value) ?? null;
}

/** Makes a portal-relative URL ("/upload/a.png") absolute; "" and the blank placeholder → null. */
export function absoluteUrl(value: unknown, ctx: MapContext = NO_CONTEXT): string | null {
  const url = textOrNull(value);
  if (url === null || BLANK_AVATAR.test(url)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  if (ctx.origin === null) return url;
  try {
    return new URL(url, ctx.origin).toString();
  } catch {
    return null;
  }
}

function genderOrNull(value: unknown): 'M' | 'F' | null {
  return value === 'M' || value === 'F' ? value : null;
}

function departmentIds(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value.map(idOrNull).filter((id): id is number => id !== null);
}

function validDayMonth(day: number, month: number): { day: number; month: number } | null {
  return Number.isInteger(day) && Number.isInteger(month) && day >= 1 && day <= 31 && month >= 1 && month <= 12
    ? { day, month }
    : null;
}

/** im `birthday`: "DD-MM" (or "" / false) → { day, month }. */
export function parseImBirthday(value: unknown): { day: number; month: number } | null {
  const match = typeof value === 'string' ? /^(\d{1,2})-(\d{1,2})$/.exec(value.trim()) : null;
  return match ? validDayMonth(Number(match[1]), Number(match[2])) : null;
}

/**
 * user.get `PERSONAL_BIRTHDAY`: an ATOM datetime ("1990-05-14T00:00:00+03:00") or a plain date.
 * Day and month are read from the date part as written, never shifted through a time zone.
 */
export function parseRowBirthday(value: unknown): { day: number; month: number } | null {
  const match = typeof value === 'string' ? /^\d{4}-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return match ? validDayMonth(Number(match[2]), Number(match[1])) : null;
}

function phones(entries: Array<[keyof Phones, unknown]>): Phones {
  const result: Phones = {};
  for (const [key, value] of entries) {
    const text = textOrNull(value);
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

// ---------------------------------------------------------------------------------------------
// People

/** The presence facts an im user object carries (every field meaningful). */
export function imPresenceFacts(user: ImUser): PresenceFacts {
  return {
    source: 'im',
    status: chatStatusOrNull(user.status),
    idleSince: parseDateTime(user.idle),
    lastActivityAt: parseDateTime(user.last_activity_date),
    mobileLastAt: parseDateTime(user.mobile_last_date),
    desktopLastAt: parseDateTime(user.desktop_last_date),
    absentUntil: parseDateTime(user.absent),
    onlineFlag: null,
  };
}

/** An im user object (im.user.get, im.user.list.get, im.dialog.users.list…) → Person. */
export function personFromImUser(user: ImUser, ctx: MapContext = NO_CONTEXT): Person {
  const id = idOrNull(user.id) ?? 0;
  const wirePhones = user.phones || {};
  return {
    id,
    name: displayName(user.name, user.first_name, user.last_name, id),
    firstName: textOrNull(user.first_name) ?? '',
    lastName: textOrNull(user.last_name) ?? '',
    position: textOrNull(user.work_position),
    departmentIds: departmentIds(user.departments),
    avatarUrl: absoluteUrl(user.avatar, ctx) ?? absoluteUrl(user.avatar_hr, ctx),
    color: textOrNull(user.color),
    email: textOrNull(user.email),
    phones: phones([
      ['work', wirePhones.work_phone],
      ['mobile', wirePhones.personal_mobile],
      ['inner', wirePhones.inner_phone],
      ['personal', wirePhones.personal_phone],
    ]),
    birthday: parseImBirthday(user.birthday),
    gender: genderOrNull(user.gender),
    isExtranet: user.extranet === true,
    isBot: user.bot === true,
    presence: imPresenceFacts(user),
  };
}

/** `im.user.list.get` result (array, or an object keyed by id) → Person[] in the portal's order. */
export function peopleFromImUserList(result: ImUserListResult, ctx: MapContext = NO_CONTEXT): Person[] {
  const users = Array.isArray(result) ? result : Object.values(result ?? {});
  return users.filter((user) => idOrNull(user?.id) !== null).map((user) => personFromImUser(user, ctx));
}

/** A user.get / user.search / user.current row → Person with presence source 'directory'. */
export function personFromUserRow(row: UserRow, ctx: MapContext = NO_CONTEXT): Person {
  const id = idOrNull(row.ID) ?? 0;
  const first = textOrNull(row.NAME);
  const last = textOrNull(row.LAST_NAME);
  return {
    id,
    name: displayName(null, first, last, id),
    firstName: first ?? '',
    lastName: last ?? '',
    position: textOrNull(row.WORK_POSITION),
    departmentIds: departmentIds(row.UF_DEPARTMENT),
    avatarUrl: absoluteUrl(row.PERSONAL_PHOTO, ctx),
    color: null,
    email: textOrNull(row.EMAIL),
    phones: phones([
      ['work', row.WORK_PHONE],
      ['mobile', row.PERSONAL_MOBILE],
      ['inner', row.UF_PHONE_INNER],
      ['personal', row.PERSONAL_PHONE],
    ]),
    birthday: parseRowBirthday(row.PERSONAL_BIRTHDAY),
    gender: genderOrNull(row.PERSONAL_GENDER),
    isExtranet: row.USER_TYPE === 'extranet',
    isBot: false,
    presence: {
      source: 'directory',
      status: null,
      idleSince: null,
      lastActivityAt: parseDateTime(row.LAST_ACTIVITY_DATE),
      mobileLastAt: null,
      desktopLastAt: null,
      absentUntil: null,
      onlineFlag: row.IS_ONLINE === 'Y' ? true : row.IS_ONLINE === 'N' ? false : null,
    },
  };
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

/** A department.get row → Department. */
export function departmentFromRow(row: DepartmentRow): Department {
  return {
    id: idOrNull(row.ID) ?? 0,
    name: textOrNull(row.NAME) ?? '',
    parentId: idOrNull(row.PARENT),
    headUserId: idOrNull(row.UF_HEAD),
  };
}

/** An im.department.get item → Department (the im API does not tell the parent). */
export function departmentFromImItem(item: ImDepartment): Department {
  return {
    id: idOrNull(item.id) ?? 0,
    name: textOrNull(item.name) ?? '',
    parentId: null,
    headUserId: idOrNull(item.manager_user_id),
  };
}

/** An im.recent.list item → ChatSummary. Every non-'user' type (chat, open line…) is a chat. */
export function chatFromRecentItem(item: ImRecentItem, ctx: MapContext = NO_CONTEXT): ChatSummary {
  const isUser = item.type === 'user';
  return {
    dialogId: String(item.id),
    chatId: idOrNull(item.chat_id),
    type: isUser ? 'user' : 'chat',
    title: textOrNull(item.title) ?? String(item.id),
    avatarUrl: absoluteUrl(item.avatar?.url, ctx),
    color: textOrNull(item.avatar?.color),
    userId: isUser ? idOrNull(item.id) : null,
    lastMessageAt: parseDateTime(item.message?.date) ?? parseDateTime(item.date_update),
  };
}
