/**
 * The Bitrix24 boundary: the only part of the app that knows the SDK and the wire.
 * Features import from here ('../../b24'); test doubles live in './testing'.
 */
export {
  fetchMe,
  fetchPerson,
  fetchPeopleByIds,
  fetchMyStatus,
  setMyStatus,
  startIdle,
  endIdle,
  fetchChatMemberIds,
  fetchDialogUsers,
  fetchRecentChats,
  listEmployees,
  searchEmployees,
  fetchCurrentUserRow,
  fetchDepartments,
  fetchImDepartments,
  fetchAppInfo,
  fetchPlacements,
  bindPlacement,
  unbindPlacement,
} from './api';
export {
  cmd,
  LIST_PAGE_SIZE,
  MAX_IDS_PER_COMMAND,
  type AppInfo,
  type BindPlacementInput,
  type DepartmentsPage,
  type EmployeeQuery,
  type EmployeeSortField,
  type PeoplePage,
  type PlacementBinding,
} from './commands';
export { call, runBatch, runBatchList, chunk, unwrap, type Command, type CommandValue, type Outcome, type BatchOutcomes } from './command';
export {
  openMessenger,
  callUser,
  openProfile,
  resizeWindow,
  fitWindow,
  setTitle,
  getUserOption,
  setUserOption,
  installFinish,
  profilePath,
  setPortalFrame,
  type PortalContext,
  type PortalFrame,
} from './frame';
export { connectToPortal, detectPortalFrame, CONNECT_TIMEOUT_MS, type Connection, type FrameLocation } from './connect';
export { AppError, toAppError, isRetryableError, reportAppError, scopeForMethod, type AppErrorKind } from './errors';
export { errorMessages, describeAppError, errorTechnicalDetail, type ErrorMessages } from './errorMessages';
export { withImFacts, mergePresence } from './map';
export { setRestTransport } from './session';
export { MAX_BATCH_COMMANDS, type RestTransport } from './transport';
export { REQUIRED_SCOPES, type RequiredScope } from './scopes';
