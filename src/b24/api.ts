/**
 * The typed REST API features call. Every function resolves with domain values (src/people/types)
 * and rejects with an AppError. To load several things in one request, use `runBatch` with the
 * matching `cmd.*` builders instead.
 */
import type { ChatStatus, ChatSummary, Department, Person } from '../people/types';
import { call, chunk, runBatchList, unwrap, type Command } from './command';
import {
  cmd,
  MAX_IDS_PER_COMMAND,
  type AppInfo,
  type BindPlacementInput,
  type DepartmentsPage,
  type EmployeeQuery,
  type PeoplePage,
  type PlacementBinding,
} from './commands';

/**
 * Items by id, MAX_IDS_PER_COMMAND ids a command: one call, or the commands in one batch request
 * (several past 2 500 ids). Duplicates and non-positive ids are dropped; rejects with the first failure.
 */
async function fetchByIds<T>(ids: readonly number[], commandFor: (ids: readonly number[]) => Command<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (unique.length === 0) return [];
  const groups = chunk(unique, MAX_IDS_PER_COMMAND);
  if (groups.length === 1) return call(commandFor(unique));
  const outcomes = await runBatchList(groups.map((group) => commandFor(group)));
  return outcomes.flatMap(unwrap);
}

/** Me, from im.user.get (presence source 'im'). */
export function fetchMe(): Promise<Person> {
  return call(cmd.me());
}

/** One person from im.user.get. Unknown id → AppError 'not-found'. */
export function fetchPerson(id: number): Promise<Person> {
  return call(cmd.person(id));
}

/**
 * People by id from im.user.list.get (≤50 ids per command). Up to 50 ids is one call; more ids
 * become several commands in one batch request (more than 2 500 ids: several batch requests in a
 * row). Duplicates and non-positive ids are ignored; unknown ids are simply missing from the
 * answer. Rejects with the first failure.
 */
export function fetchPeopleByIds(ids: readonly number[]): Promise<Person[]> {
  return fetchByIds(ids, cmd.peopleByIds);
}

/** My chosen chat status, or null when none is stored. */
export function fetchMyStatus(): Promise<ChatStatus | null> {
  return call(cmd.myStatus());
}

export async function setMyStatus(status: ChatStatus): Promise<void> {
  await call(cmd.setMyStatus(status));
}

/** Legacy chat: mark me "away from the computer" since `minutesAgo` minutes (at least 1). */
export async function startIdle(minutesAgo: number): Promise<void> {
  await call(cmd.startIdle(minutesAgo));
}

/** Legacy chat: clear the "away from the computer" mark. */
export async function endIdle(): Promise<void> {
  await call(cmd.endIdle());
}

/** Member ids of a chat (numeric CHAT_ID, not "chat12"). [] means I may not see them. */
export function fetchChatMemberIds(chatId: number): Promise<number[]> {
  return call(cmd.chatMemberIds(chatId));
}

/** One page of a dialog's members as people ("chat12", "sg3", or a user id for a 1:1 dialog). */
export function fetchDialogUsers(dialogId: string, page: { offset?: number; limit?: number } = {}): Promise<PeoplePage> {
  return call(cmd.dialogUsers(dialogId, page));
}

/** My recent chats and dialogs (first page, newest first). */
export async function fetchRecentChats(page: { offset?: number; limit?: number } = {}): Promise<ChatSummary[]> {
  return (await call(cmd.recentChats(page))).chats;
}

/** One page (50) of active employees from user.get; default order: last name. */
export function listEmployees(query: EmployeeQuery = {}): Promise<PeoplePage> {
  return call(cmd.employeesPage(query));
}

/** One page (50) of user.search FIND results, active employees only. */
export function searchEmployees(find: string, start = 0): Promise<PeoplePage> {
  return call(cmd.searchPage(find, start));
}

/** Me from user.current (presence source 'directory'). */
export function fetchCurrentUserRow(): Promise<Person> {
  return call(cmd.currentUserRow());
}

/** The most department.get pages fetchDepartments reads (10 000 departments at 50 a page). */
export const MAX_DEPARTMENT_PAGES = 200;

function uniqueById(departments: readonly Department[]): Department[] {
  const byId = new Map<number, Department>();
  for (const department of departments) if (!byId.has(department.id)) byId.set(department.id, department);
  return [...byId.values()];
}

/**
 * Every department. The first page tells how many there are: then all remaining pages go in one
 * batch request (≤50 pages a request). When the portal sends no usable total, pages are read one
 * after another until one is short or brings nobody new (a portal ignoring `start` cannot loop us).
 * A department listed twice (pages shifting while we read) is kept once.
 */
export async function fetchDepartments(): Promise<Department[]> {
  const first = await call(cmd.departmentsPage(0));
  if (first.next === null) return uniqueById(first.departments);
  if (first.totalExact !== false) {
    const step = first.next; // the rows the first page had: the portal's page size
    const starts: number[] = [];
    for (let start = first.next; start < first.total && starts.length < MAX_DEPARTMENT_PAGES; start += step) starts.push(start);
    const rest = await runBatchList(starts.map((start) => cmd.departmentsPage(start)));
    return uniqueById([...first.departments, ...rest.flatMap((outcome) => unwrap(outcome).departments)]);
  }
  const all = [...first.departments];
  const seen = new Set(all.map((department) => department.id));
  let next: number | null = first.next;
  for (let pages = 1; next !== null && pages < MAX_DEPARTMENT_PAGES; pages += 1) {
    const page: DepartmentsPage = await call(cmd.departmentsPage(next));
    const fresh = page.departments.filter((department) => !seen.has(department.id));
    if (fresh.length === 0) break;
    for (const department of fresh) seen.add(department.id);
    all.push(...fresh);
    next = page.next;
  }
  return all;
}

/** Departments by id from im.department.get (names and heads; parentId is null). */
export function fetchImDepartments(ids: readonly number[]): Promise<Department[]> {
  return fetchByIds(ids, cmd.imDepartments);
}

export function fetchAppInfo(): Promise<AppInfo> {
  return call(cmd.appInfo());
}

export function fetchPlacements(): Promise<PlacementBinding[]> {
  return call(cmd.placements());
}

/** placement.bind (admin; application context only). */
export async function bindPlacement(input: BindPlacementInput): Promise<void> {
  await call(cmd.bindPlacement(input));
}

/** placement.unbind (admin): how many handlers were removed. */
export function unbindPlacement(input: { placement: string; handler?: string }): Promise<number> {
  return call(cmd.unbindPlacement(input));
}
