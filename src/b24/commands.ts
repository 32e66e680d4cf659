/**
 * Every REST method the app uses, as a Command: method + params + a parser to domain types.
 * Run one with `call(cmd.x())`, or several at once with `runBatch({ a: cmd.x(), b: cmd.y() })`.
 * The convenience functions in api.ts are built from these.
 */
import type { ChatStatus, ChatSummary, Department, Person } from '../people/types';
import type { Command } from './command';
import {
  chatFromRecentItem,
  chatStatusOrNull,
  departmentFromImItem,
  departmentFromRow,
  type MapContext,
  peopleFromImUserList,
  personFromImUser,
  personFromUserRow,
  userRowKind,
} from './map';
import { pageAfter } from './paging';
import { countOrNull, flagOrNull, idList, idOrNull, listItems, textOrNull } from './scalars';
import type { RestParams, RestResponse } from './transport';
import type {
  AppInfoResult,
  DepartmentRow,
  ImDepartment,
  ImRecentListResult,
  ImUser,
  PlacementRow,
  UserRow,
} from './wire';

/** Classic list methods (user.get, department.get…) always answer 50 rows per page. */
export const LIST_PAGE_SIZE = 50;
/** The most ids one im.user.list.get / im.department.get command is given. */
export const MAX_IDS_PER_COMMAND = 50;
/** im.dialog.users.list LIMIT bounds. */
export const DIALOG_USERS_MAX_LIMIT = 200;

/** One page of people. */
export interface PeoplePage {
  people: Person[];
  /**
   * How many there are in all, as the portal counts them. When the portal sent no usable total
   * (`totalExact === false`) it is a lower bound: the rows seen so far, plus one if more are
   * expected — keep paging while `next` is not null.
   */
  total: number;
  /** The `start`/`offset` of the next page, or null on the last page. */
  next: number | null;
  /** False when `total` is only a lower bound (always set by src/b24; absent in older fakes = exact). */
  totalExact?: boolean;
}

export interface DepartmentsPage {
  departments: Department[];
  /** As in PeoplePage: a lower bound when `totalExact` is false. */
  total: number;
  next: number | null;
  totalExact?: boolean;
}

export type EmployeeSortField = 'ID' | 'NAME' | 'LAST_NAME' | 'WORK_POSITION' | 'LAST_ACTIVITY_DATE';

export interface EmployeeQuery {
  /** Row offset: 0, 50, 100… (default 0). */
  start?: number;
  /** Default: LAST_NAME ascending. */
  sort?: { field: EmployeeSortField; order?: 'ASC' | 'DESC' };
  filter?: {
    /** Only members of this department (UF_DEPARTMENT). */
    departmentId?: number;
    /** IS_ONLINE Y/N as the portal computes it. */
    isOnline?: boolean;
    /** The portal's quick search over personal data (NAME_SEARCH). */
    nameSearch?: string;
  };
}

export interface AppInfo {
  installed: boolean;
  code: string | null;
  version: string | null;
  /** L local, F free, S subscription, P paid, D demo, T trial. */
  status: string | null;
}

export interface PlacementBinding {
  placement: string;
  handler: string;
  title: string;
  description: string | null;
  options: Record<string, unknown>;
}

export interface BindPlacementInput {
  /** e.g. 'IM_SIDEBAR', 'LEFT_MENU'. */
  placement: string;
  /** Absolute URL of the page the portal opens for the placement. */
  handler: string;
  title: string;
  description?: string;
  /** e.g. { iconName: 'fa-users', context: 'CHAT', role: 'USER', extranet: 'N' }. */
  options?: Record<string, string>;
  /** Titles per language: { ru: { TITLE: '…' }, en: { TITLE: '…' } }. */
  langAll?: Record<string, { TITLE: string; DESCRIPTION?: string; GROUP_NAME?: string }>;
}

// ---------------------------------------------------------------------------------------------
// Parsing helpers

function expectObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new TypeError(`${what}: expected an object`);
}

function expectImUser(value: unknown, what: string): ImUser {
  const user = expectObject(value, what);
  if (idOrNull(user.id) === null) throw new TypeError(`${what}: missing id`);
  return user as unknown as ImUser;
}

/** The im user objects of a list answer (array or object keyed by id); entries without an id are skipped. */
function imUsers(value: unknown, what: string): ImUser[] {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${what}: expected a list of users`);
  return listItems(value).filter((user) => idOrNull((user as { id?: unknown } | null)?.id) !== null) as ImUser[];
}

/**
 * The offset of the next page: `start + pageSize` while it is below `total`.
 * @deprecated kept for callers of the first version; commands use `pageAfter` (paging.ts).
 */
export function nextStart(start: number, received: number, total: number, pageSize: number): number | null {
  if (received === 0) return null;
  const next = start + Math.max(received, pageSize);
  return next < total ? next : null;
}

/** The rows of a user.get / user.search answer (an array, or a PHP array printed as an object). */
function userRows(response: RestResponse, what: string): UserRow[] {
  if (typeof response.result !== 'object' || response.result === null) throw new TypeError(`${what}: expected rows`);
  return listItems(response.result).filter((row) => typeof row === 'object' && row !== null) as UserRow[];
}

function ids(values: readonly number[], what: string): number[] {
  const unique = [...new Set(values)];
  if (unique.length > MAX_IDS_PER_COMMAND) {
    throw new RangeError(`${what}: at most ${MAX_IDS_PER_COMMAND} ids per command, got ${unique.length}`);
  }
  return unique;
}

function command<T>(method: string, params: RestParams, parse: Command<T>['parse']): Command<T> {
  return { method, params, parse };
}

const toTrue = (response: RestResponse): true => {
  if (response.result === false) throw new TypeError('the portal answered false');
  return true;
};

// ---------------------------------------------------------------------------------------------
// The builder

export const cmd = {
  /** im.user.get for the current user. */
  me: (): Command<Person> =>
    command('im.user.get', {}, (r, ctx) => personFromImUser(expectImUser(r.result, 'im.user.get'), ctx)),

  /** im.user.get for one user. Unknown id → 'not-found' (USER_NOT_EXISTS). */
  person: (id: number): Command<Person> =>
    command('im.user.get', { ID: id }, (r, ctx) => personFromImUser(expectImUser(r.result, 'im.user.get'), ctx)),

  /**
   * im.user.list.get for ≤50 ids (RangeError beyond). Unknown ids are skipped by the portal. The
   * answer may be an array (RESULT_TYPE honoured) or an object keyed by id; `[]`, null or false → none.
   */
  peopleByIds: (userIds: readonly number[]): Command<Person[]> =>
    command('im.user.list.get', { ID: ids(userIds, 'peopleByIds'), RESULT_TYPE: 'array' }, (r, ctx) => {
      if (r.result === null || r.result === false) return [];
      if (typeof r.result !== 'object') throw new TypeError('im.user.list.get: expected users');
      return peopleFromImUserList(r.result as ImUser[], ctx);
    }),

  /** im.user.status.get: my chosen status (any letter case), or null when none is stored (false). */
  myStatus: (): Command<ChatStatus | null> => command('im.user.status.get', {}, (r) => chatStatusOrNull(r.result)),

  /** im.user.status.set (lowercase values only). */
  setMyStatus: (status: ChatStatus): Command<true> => command('im.user.status.set', { STATUS: status }, toTrue),

  /** im.user.status.idle.start: "away from the computer" since `minutesAgo` minutes (≥1). Legacy chat. */
  startIdle: (minutesAgo: number): Command<true> =>
    command('im.user.status.idle.start', { AGO: Math.max(1, Math.round(minutesAgo)) }, toTrue),

  /** im.user.status.idle.end. Legacy chat. */
  endIdle: (): Command<true> => command('im.user.status.idle.end', {}, toTrue),

  /**
   * im.chat.user.list: member ids of a chat (numeric CHAT_ID). [] means "no right to see them".
   * Ids may come as numbers or strings, the list as an array or an object.
   */
  chatMemberIds: (chatId: number): Command<number[]> =>
    command('im.chat.user.list', { CHAT_ID: chatId }, (r) => {
      if (typeof r.result !== 'object' || r.result === null) throw new TypeError('im.chat.user.list: expected ids');
      return idList(listItems(r.result));
    }),

  /**
   * im.dialog.users.list: one page of the members of a dialog ("chat12", "sg3" or a user id).
   * Pages by the envelope's total; without one, by `next`, or by a full page (see paging.ts).
   */
  dialogUsers: (dialogId: string, page: { offset?: number; limit?: number } = {}): Command<PeoplePage> => {
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const limit = Math.min(DIALOG_USERS_MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? LIST_PAGE_SIZE)));
    return command('im.dialog.users.list', { DIALOG_ID: dialogId, OFFSET: offset, LIMIT: limit }, (r, ctx) => {
      const received = listItems(r.result).length;
      const people = imUsers(r.result, 'im.dialog.users.list').map((user) => personFromImUser(user, ctx));
      return { people, ...pageAfter({ start: offset, received, pageSize: limit, total: r.total, more: r.more }) };
    });
  },

  /**
   * im.recent.list: the chats and dialogs I see, newest first (open lines skipped). Accepts
   * `{items, hasMorePages}` and a bare array of items; items without an id are skipped.
   */
  recentChats: (page: { offset?: number; limit?: number } = {}): Command<{ chats: ChatSummary[]; hasMore: boolean }> =>
    command(
      'im.recent.list',
      {
        SKIP_OPENLINES: 'Y',
        OFFSET: Math.max(0, Math.floor(page.offset ?? 0)),
        LIMIT: Math.min(200, Math.max(1, Math.floor(page.limit ?? LIST_PAGE_SIZE))),
      },
      (r, ctx) => {
        if (typeof r.result !== 'object' || r.result === null) throw new TypeError('im.recent.list: expected items');
        const result = (Array.isArray(r.result) ? { items: r.result } : r.result) as Partial<ImRecentListResult>;
        const seen = new Set<string>();
        const chats: ChatSummary[] = [];
        for (const item of listItems(result.items) as ImRecentListResult['items']) {
          if (typeof item !== 'object' || item === null) continue;
          const chat = chatFromRecentItem(item, ctx);
          if (chat.dialogId === '' || seen.has(chat.dialogId)) continue;
          seen.add(chat.dialogId);
          chats.push(chat);
        }
        return { chats, hasMore: flagOrNull(result.hasMorePages) === true || flagOrNull(result.hasMore) === true };
      },
    ),

  /**
   * user.get: one page (50) of active employees. The filter is also applied to the rows we get
   * (a portal may ignore some filter keys): fired people, non-employees, other departments and the
   * wrong online state never reach the screen. Paging counts the rows the portal sent.
   */
  employeesPage: (query: EmployeeQuery = {}): Command<PeoplePage> => {
    const start = Math.max(0, Math.floor(query.start ?? 0));
    const filter: RestParams = { ACTIVE: true, USER_TYPE: 'employee' };
    const departmentId = query.filter?.departmentId;
    const isOnline = query.filter?.isOnline;
    if (departmentId !== undefined) filter.UF_DEPARTMENT = departmentId;
    if (isOnline !== undefined) filter.IS_ONLINE = isOnline ? 'Y' : 'N';
    if (query.filter?.nameSearch) filter.NAME_SEARCH = query.filter.nameSearch;
    const params: RestParams = {
      filter,
      sort: query.sort?.field ?? 'LAST_NAME',
      order: query.sort?.order ?? 'ASC',
      start,
    };
    return command('user.get', params, (r, ctx) =>
      rowsPage(userRows(r, 'user.get'), start, r, ctx, (row, person) => {
        if (!isActiveEmployee(row)) return false;
        if (departmentId !== undefined && person.departmentIds.length > 0 && !person.departmentIds.includes(departmentId)) return false;
        return isOnline === undefined || person.presence.onlineFlag === null || person.presence.onlineFlag === isOnline;
      }),
    );
  },

  /**
   * user.search FIND (name, last name, position, department name): one page (50). FIND cannot be
   * combined with other filters, so fired and non-employee rows are dropped here; `total` is the
   * portal's count before that.
   */
  searchPage: (find: string, start = 0): Command<PeoplePage> => {
    const from = Math.max(0, Math.floor(start));
    return command('user.search', { FILTER: { FIND: find }, start: from }, (r, ctx) =>
      rowsPage(userRows(r, 'user.search'), from, r, ctx, (row) => isActiveEmployee(row)),
    );
  },

  /** user.current: me as a directory row (presence source 'directory'). */
  currentUserRow: (): Command<Person> =>
    command('user.current', {}, (r, ctx) => personFromUserRow(expectObject(r.result, 'user.current') as unknown as UserRow, ctx)),

  /** department.get: one page (50) of departments, by id. Rows without a valid ID are skipped. */
  departmentsPage: (start = 0): Command<DepartmentsPage> => {
    const from = Math.max(0, Math.floor(start));
    return command('department.get', { sort: 'ID', order: 'ASC', start: from }, (r) => {
      if (typeof r.result !== 'object' || r.result === null) throw new TypeError('department.get: expected rows');
      const rows = listItems(r.result).filter((row) => typeof row === 'object' && row !== null) as DepartmentRow[];
      const departments = rows.map(departmentFromRow).filter((department) => department.id > 0);
      return { departments, ...pageAfter({ start: from, received: rows.length, pageSize: LIST_PAGE_SIZE, total: r.total, more: r.more }) };
    });
  },

  /** im.department.get for ≤50 department ids (parent unknown: parentId is null). */
  imDepartments: (departmentIds: readonly number[]): Command<Department[]> =>
    command('im.department.get', { ID: ids(departmentIds, 'imDepartments') }, (r) => {
      if (typeof r.result !== 'object' || r.result === null) throw new TypeError('im.department.get: expected departments');
      return (listItems(r.result).filter((item) => typeof item === 'object' && item !== null) as ImDepartment[])
        .map(departmentFromImItem)
        .filter((department) => department.id > 0);
    }),

  /** app.info (INSTALLED may be a boolean or "Y"/"N"). */
  appInfo: (): Command<AppInfo> =>
    command('app.info', {}, (r) => {
      const info = expectObject(r.result, 'app.info') as unknown as AppInfoResult;
      return {
        installed: flagOrNull(info.INSTALLED) === true,
        code: textOrNull(info.CODE) ?? (typeof info.CODE === 'number' ? String(info.CODE) : null),
        version: info.VERSION !== undefined && info.VERSION !== null && info.VERSION !== '' ? String(info.VERSION) : null,
        status: textOrNull(info.STATUS),
      };
    }),

  /** placement.get: the app's placement bindings (an array, or an object of them). */
  placements: (): Command<PlacementBinding[]> =>
    command('placement.get', {}, (r) => {
      if (typeof r.result !== 'object' || r.result === null) throw new TypeError('placement.get: expected bindings');
      return (listItems(r.result).filter((row) => typeof row === 'object' && row !== null) as PlacementRow[]).map((row) => ({
        placement: String(row.placement ?? (row as { PLACEMENT?: unknown }).PLACEMENT ?? ''),
        handler: String(row.handler ?? (row as { HANDLER?: unknown }).HANDLER ?? ''),
        title: row.title ? String(row.title) : '',
        description: row.description ? String(row.description) : null,
        options: row.options && typeof row.options === 'object' && !Array.isArray(row.options) ? row.options : {},
      }));
    }),

  /** placement.bind (admin only). */
  bindPlacement: (input: BindPlacementInput): Command<true> => {
    const params: RestParams = { PLACEMENT: input.placement, HANDLER: input.handler, TITLE: input.title };
    if (input.description !== undefined) params.DESCRIPTION = input.description;
    if (input.options !== undefined) params.OPTIONS = input.options;
    if (input.langAll !== undefined) params.LANG_ALL = input.langAll;
    return command('placement.bind', params, toTrue);
  },

  /** placement.unbind (admin only): how many handlers were removed. No handler = all of the placement. */
  unbindPlacement: (input: { placement: string; handler?: string }): Command<number> => {
    const params: RestParams = { PLACEMENT: input.placement };
    if (input.handler !== undefined) params.HANDLER = input.handler;
    return command('placement.unbind', params, (r) => {
      const count = typeof r.result === 'object' && r.result !== null ? (r.result as { count?: unknown }).count : r.result;
      return countOrNull(count) ?? 0;
    });
  },
};

/** A user row of an active employee: ACTIVE not false/"N", USER_TYPE missing or "employee". */
function isActiveEmployee(row: UserRow): boolean {
  const kind = userRowKind(row);
  return kind.id !== null && kind.active !== false && (kind.userType === null || kind.userType === 'employee');
}

/**
 * One page of user rows → people that pass `keep` (rows without a valid ID never do). Paging
 * counts every row the portal sent, kept or not.
 */
function rowsPage(
  rows: UserRow[],
  start: number,
  response: RestResponse,
  ctx: MapContext,
  keep: (row: UserRow, person: Person) => boolean,
): PeoplePage {
  const people: Person[] = [];
  for (const row of rows) {
    if (userRowKind(row).id === null) continue;
    const person = personFromUserRow(row, ctx);
    if (keep(row, person)) people.push(person);
  }
  return { people, ...pageAfter({ start, received: rows.length, pageSize: LIST_PAGE_SIZE, total: response.total, more: response.more }) };
}
