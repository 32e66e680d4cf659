/**
 * Exact wire shapes of the REST methods the app uses, as the portal sends them
 * (see /work/shared/reference/bitrix24-rest.md). They never leave src/b24/: map.ts turns them into
 * the domain types of src/people/types.ts.
 *
 * Conventions worth remembering:
 * - im.* answers use lowercase snake_case keys, numeric ids, ATOM datetimes
 *   ("2026-03-02T09:30:00+03:00") and the boolean `false` for "not set";
 * - user.* and department.* answers use UPPERCASE keys and string ids ("ID": "1");
 * - PHP empty maps arrive as `[]`, not `{}`.
 */

/** An ATOM/ISO-8601 datetime with offset, or `false` when not set. */
export type WireDateTime = string | false;

/** `phones` of an im user object: keys are present only when set. */
export interface ImUserPhones {
  work_phone?: string;
  personal_mobile?: string;
  inner_phone?: string;
  personal_phone?: string;
}

/**
 * The im user object (im.user.get, im.user.list.get, im.dialog.users.list, im.recent.list `user`,
 * im.department.* with USER_DATA=Y). Fields marked optional are missing from some variants
 * (im.search.user.list drops avatar_hr, active, desktop_last_date, bot_data, type, website, email).
 */
export interface ImUser {
  id: number;
  active?: boolean;
  /** Display name "First Last". Plain text. */
  name: string;
  first_name: string;
  last_name: string;
  /** May be null (im.dialog.users.list) or "". */
  work_position: string | null;
  /** Hex colour, e.g. "#048bd0". */
  color: string;
  /** URL; "" when the user has no photo. */
  avatar: string | null;
  /** Hi-res URL; "/bitrix/js/im/images/blank.gif" when the user has no photo. */
  avatar_hr?: string;
  gender: 'M' | 'F' | '';
  /** "DD-MM", "" or false. */
  birthday: string | false;
  extranet: boolean;
  network: boolean;
  bot: boolean;
  connector: boolean;
  external_auth_id: string;
  /** The status the user chose: online | dnd | away | break. Not connectivity. */
  status: string;
  idle: WireDateTime;
  last_activity_date: WireDateTime;
  mobile_last_date: WireDateTime;
  desktop_last_date?: WireDateTime;
  /** End of an absence (vacation), or false. */
  absent: WireDateTime;
  departments: number[];
  phones: ImUserPhones | false;
  bot_data?: Record<string, unknown> | null;
  type?: string;
  website?: string;
  email?: string;
}

/** `im.user.list.get`: an array with RESULT_TYPE "array", else an object keyed by user id. */
export type ImUserListResult = ImUser[] | Record<string, ImUser>;

/** `im.user.status.get`: the chosen status, or false when none is stored. */
export type ImStatusResult = string | false;

/** `im.chat.user.list`: member ids; an empty array means "no right to see them". */
export type ImChatUserListResult = number[];

/** `im.dialog.users.list`: one page of im user objects (envelope adds `total` and `next`). */
export type ImDialogUsersListResult = ImUser[];

/**
 * A `user.get` / `user.search` / `user.current` row. Which keys are present depends on the scope.
 * The documented spellings come first; the others are what portals were seen or allowed to send,
 * and map.ts reads them all (keys in any letter case too).
 */
export interface UserRow {
  /** A string: "1" (some portals: a number). */
  ID: string | number;
  /** Boolean (some portals: "Y"/"N"). */
  ACTIVE: boolean | 'Y' | 'N';
  NAME: string | null;
  LAST_NAME: string | null;
  SECOND_NAME?: string | null;
  /** user_basic and wider only. */
  EMAIL?: string;
  WORK_POSITION?: string | null;
  /** URL of the photo, "" or missing. */
  PERSONAL_PHOTO?: string | null;
  PERSONAL_GENDER?: 'M' | 'F' | '';
  /** ATOM datetime or "". */
  PERSONAL_BIRTHDAY?: string;
  PERSONAL_MOBILE?: string;
  PERSONAL_PHONE?: string;
  WORK_PHONE?: string;
  UF_PHONE_INNER?: string | null;
  /** "Y"/"N" (some portals: a boolean). */
  IS_ONLINE: 'Y' | 'N' | boolean;
  /** ATOM datetime; some portals send "" or even `{}` here. */
  LAST_ACTIVITY_DATE?: string | Record<string, never> | null;
  LAST_LOGIN?: string;
  DATE_REGISTER?: string;
  /** Department ids (numbers, or numeric strings; some portals send one value). */
  UF_DEPARTMENT: number[] | string[] | number | string | false | null;
  USER_TYPE?: 'employee' | 'extranet' | 'email' | string;
  TIME_ZONE?: string;
}

/** A `department.get` row. */
export interface DepartmentRow {
  ID: string;
  NAME: string;
  SORT: number | string;
  /** Missing on the root department. */
  PARENT?: string;
  /** Head's user id as a string; missing or "" / "0" when none. */
  UF_HEAD?: string | null;
}

/** An `im.department.get` item. */
export interface ImDepartment {
  id: number;
  name: string;
  /** "Department / portal.example". */
  full_name: string;
  manager_user_id: number;
  manager_user_data?: ImUser;
}

/** An `im.recent.list` item. */
export interface ImRecentItem {
  /** User id (number) for a 1:1 dialog, "chatN" for a chat. */
  id: number | string;
  chat_id: number;
  type: 'user' | 'chat' | string;
  avatar: { url: string; color: string };
  title: string;
  message?: { id: number; text: string; date: WireDateTime; author_id: number } | null;
  counter?: number;
  pinned?: boolean;
  unread?: boolean;
  date_update?: WireDateTime;
  user?: ImUser | { id: 0 } | null;
  chat?: Record<string, unknown> | null;
  options?: Record<string, unknown> | null;
}

/** `im.recent.list` result (the envelope's `total` is usually -1). */
export interface ImRecentListResult {
  items: ImRecentItem[];
  hasMorePages: boolean;
  hasMore?: boolean;
  copilot?: unknown;
}

/** `app.info`. */
export interface AppInfoResult {
  ID: number | string;
  CODE: string;
  VERSION: number | string;
  /** L local, F free, S subscription, P paid, D demo, T trial. */
  STATUS: string;
  INSTALLED: boolean;
  PAYMENT_EXPIRED?: 'Y' | 'N';
  DAYS?: number | null;
  LANGUAGE_ID?: string;
  LICENSE?: string;
  LICENSE_TYPE?: string;
  LICENSE_FAMILY?: string;
}

/** A `placement.get` item. */
export interface PlacementRow {
  placement: string;
  handler: string;
  userId?: number;
  title: string;
  description?: string;
  options?: Record<string, unknown> | unknown[];
  langAll?: Record<string, { TITLE?: string; DESCRIPTION?: string; GROUP_NAME?: string }>;
}

/** `placement.unbind`: how many handlers were removed. */
export interface PlacementUnbindResult {
  count: number;
}

/** v2 error body: `{"error": "CODE", "error_description": "text"}`. */
export interface WireError {
  error: string;
  error_description?: string;
}

/**
 * `batch` payload. Every map is keyed by command name (or index for array commands) and
 * comes out as `[]` when empty.
 */
export interface BatchResult {
  result: Record<string, unknown> | unknown[];
  result_error: Record<string, WireError | string> | Array<WireError | string>;
  result_total: Record<string, number> | number[];
  result_next: Record<string, number> | number[];
  result_time: Record<string, unknown> | unknown[];
}

/** `batch` request: each command is "method?query-string" (PHP bracket notation). */
export interface BatchRequest {
  halt: 0 | 1;
  cmd: Record<string, string> | string[];
}
