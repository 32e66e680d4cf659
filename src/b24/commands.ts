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
  idOrNull,
  type MapContext,
  peopleFromImUserList,
  personFromImUser,
  personFromUserRow,
} from './map';
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
  /** How many there are in all, as the portal counts them. */
  total: number;
  /** The `start`/`offset` of the next page, or null on the last page. */
  next: number | null;
}

export interface DepartmentsPage {
  departments: Department[];
  total: number;
  next: number | null;
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

function expectArray(value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new TypeError(`${what}: expected an array`);
}

function expectObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new TypeError(`${what}: expected an object`);
}

function expectImUser(value: unknown, what: string): ImUser {
  const user = expectObject(value, what);
  if (idOrNull(user.id) === null) throw new TypeError(`${what}: missing id`);
  return user as unknown as ImUser;
}

/** The offset of the next page: `start + pageSize` while it is below `total`. */
export function nextStart(start: number, received: number, total: number, pageSize: number): number | null {
  if (received === 0) return null;
  const next = start + Math.max(received, pageSize);
  return next < total ? next : null;
}

function userRows(response: RestResponse, what: string): UserRow[] {
  return expectArray(response.result, what) as UserRow[];
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

  /** im.user.list.get for ≤50 ids (RangeError beyond). Unknown ids are skipped by the portal. */
  peopleByIds: (userIds: readonly number[]): Command<Person[]> =>
    command('im.user.list.get', { ID: ids(userIds, 'peopleByIds'), RESULT_TYPE: 'array' }, (r, ctx) => {
      if (typeof r.result !== 'object' || r.result === null) throw new TypeError('im.user.list.get: expected users');
      return peopleFromImUserList(r.result as ImUser[], ctx);
    }),

  /** im.user.status.get: my chosen status, or null when none is stored. */
  myStatus: (): Command<ChatStatus | null> => command('im.user.status.get', {}, (r) => chatStatusOrNull(r.result)),

  /** im.user.status.set (lowercase values only). */
  setMyStatus: (status: ChatStatus): Command<true> => command('im.user.status.set', { STATUS: status }, toTrue),

  /** im.user.status.idle.start: "away from the computer" since `minutesAgo` minutes (≥1). Legacy chat. */
  startIdle: (minutesAgo: number): Command<true> =>
    command('im.user.status.idle.start', { AGO: Math.max(1, Math.round(minutesAgo)) }, toTrue),

  /** im.user.status.idle.end. Legacy chat. */
  endIdle: (): Command<true> => command('im.user.status.idle.end', {}, toTrue),

  /** im.chat.user.list: member ids of a chat (numeric CHAT_ID). [] means "no right to see them". */
  chatMemberIds: (chatId: number): Command<number[]> =>
    command('im.chat.user.list', { CHAT_ID: chatId }, (r) =>
      expectArray(r.result, 'im.chat.user.list')
        .map(idOrNull)
        .filter((id): id is number => id !== null),
    ),

  /** im.dialog.users.list: one page of the members of a dialog ("chat12", "sg3" or a user id). */
  dialogUsers: (dialogId: string, page: { offset?: number; limit?: number } = {}): Command<PeoplePage> => {
    const offset = Math.max(0, page.offset ?? 0);
    const limit = Math.min(DIALOG_USERS_MAX_LIMIT, Math.max(1, page.limit ?? LIST_PAGE_SIZE));
    return command('im.dialog.users.list', { DIALOG_ID: dialogId, OFFSET: offset, LIMIT: limit }, (r, ctx) => {
      const users = expectArray(r.result, 'im.dialog.users.list').map((u) => expectImUser(u, 'im.dialog.users.list'));
      const people = users.map((user) => personFromImUser(user, ctx));
      const total = Math.max(r.total, offset + people.length);
      return { people, total, next: nextStart(offset, people.length, total, people.length) };
    });
  },

  /** im.recent.list: the chats and dialogs I see, newest first (open lines skipped). */
  recentChats: (page: { offset?: number; limit?: number } = {}): Command<{ chats: ChatSummary[]; hasMore: boolean }> =>
    command(
      'im.recent.list',
      { SKIP_OPENLINES: 'Y', OFFSET: Math.max(0, page.offset ?? 0), LIMIT: Math.min(200, page.limit ?? LIST_PAGE_SIZE) },
      (r, ctx) => {
        const result = expectObject(r.result, 'im.recent.list') as unknown as ImRecentListResult;
        const seen = new Set<string>();
        const chats: ChatSummary[] = [];
        for (const item of expectArray(result.items, 'im.recent.list items') as ImRecentListResult['items']) {
          const chat = chatFromRecentItem(item, ctx);
          if (seen.has(chat.dialogId)) continue;
          seen.add(chat.dialogId);
          chats.push(chat);
        }
        return { chats, hasMore: result.hasMorePages === true || result.hasMore === true };
      },
    ),

  /** user.get: one page (50) of active employees. */
  employeesPage: (query: EmployeeQuery = {}): Command<PeoplePage> => {
    const start = Math.max(0, query.start ?? 0);
    const filter: RestParams = { ACTIVE: true, USER_TYPE: 'employee' };
    if (query.filter?.departmentId !== undefined) filter.UF_DEPARTMENT = query.filter.departmentId;
    if (query.filter?.isOnline !== undefined) filter.IS_ONLINE = query.filter.isOnline ? 'Y' : 'N';
    if (query.filter?.nameSearch) filter.NAME_SEARCH = query.filter.nameSearch;
    const params: RestParams = {
      filter,
      sort: query.sort?.field ?? 'LAST_NAME',
      order: query.sort?.order ?? 'ASC',
      start,
    };
    return command('user.get', params, (r, ctx) => rowsPage(userRows(r, 'user.get'), start, r.total, ctx));
  },

  /**
   * user.search FIND (name, last name, position, department name): one page (50). FIND cannot be
   * combined with other filters, so fired and non-employee rows are dropped here; `total` is the
   * portal's count before that.
   */
  searchPage: (find: string, start = 0): Command<PeoplePage> => {
    const from = Math.max(0, start);
    return command('user.search', { FILTER: { FIND: find }, start: from }, (r, ctx) => {
      const rows = userRows(r, 'user.search');
      const page = rowsPage(rows, from, r.total, ctx);
      const keep = new Set(
        rows.filter((row) => row.ACTIVE !== false && (row.USER_TYPE ?? 'employee') === 'employee').map((row) => idOrNull(row.ID)),
      );
      return { ...page, people: page.people.filter((person) => keep.has(person.id)) };
    });
  },

  /** user.current: me as a directory row (presence source 'directory'). */
  currentUserRow: (): Command<Person> =>
    command('user.current', {}, (r, ctx) => personFromUserRow(expectObject(r.result, 'user.current') as unknown as UserRow, ctx)),

  /** department.get: one page (50) of departments, by id. */
  departmentsPage: (start = 0): Command<DepartmentsPage> => {
    const from = Math.max(0, start);
    return command('department.get', { sort: 'ID', order: 'ASC', start: from }, (r) => {
      const departments = (expectArray(r.result, 'department.get') as DepartmentRow[]).map(departmentFromRow);
      return { departments, total: r.total, next: nextStart(from, departments.length, r.total, LIST_PAGE_SIZE) };
    });
  },

  /** im.department.get for ≤50 department ids (parent unknown: parentId is null). */
  imDepartments: (departmentIds: readonly number[]): Command<Department[]> =>
    command('im.department.get', { ID: ids(departmentIds, 'imDepartments') }, (r) =>
      (expectArray(r.result, 'im.department.get') as ImDepartment[]).map(departmentFromImItem),
    ),

  /** app.info. */
  appInfo: (): Command<AppInfo> =>
    command('app.info', {}, (r) => {
      const info = expectObject(r.result, 'app.info') as unknown as AppInfoResult;
      return {
        installed: info.INSTALLED === true,
        code: info.CODE ? String(info.CODE) : null,
        version: info.VERSION !== undefined && info.VERSION !== null ? String(info.VERSION) : null,
        status: info.STATUS ? String(info.STATUS) : null,
      };
    }),

  /** placement.get: the app's placement bindings. */
  placements: (): Command<PlacementBinding[]> =>
    command('placement.get', {}, (r) =>
      (expectArray(r.result, 'placement.get') as PlacementRow[]).map((row) => ({
        placement: String(row.placement),
        handler: String(row.handler),
        title: row.title ? String(row.title) : '',
        description: row.description ? String(row.description) : null,
        options: row.options && !Array.isArray(row.options) ? row.options : {},
      })),
    ),

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
      const count = (expectObject(r.result, 'placement.unbind') as { count?: unknown }).count;
      return typeof count === 'number' ? count : Number(count) || 0;
    });
  },
};

function rowsPage(rows: UserRow[], start: number, total: number, ctx: MapContext): PeoplePage {
  const people = rows.map((row) => personFromUserRow(row, ctx));
  const count = Math.max(total, start + people.length);
  return { people, total: count, next: nextStart(start, people.length, count, LIST_PAGE_SIZE) };
}
