/**
 * Shared types of the portal emulator core: the generated portal data (users, departments,
 * chats), the runtime configuration the control API edits, tokens, faults and log entries.
 * Wire shapes (what REST answers) are built in emulator/rest/*; these are the internal truth.
 */

export type Lang = 'en' | 'ru' | 'de';
export type ChosenStatus = 'online' | 'dnd' | 'away' | 'break';
/** employee/extranet are intranet-visible humans; the rest are system users user.get never returns. */
export type UserKind = 'employee' | 'extranet' | 'bot' | 'email' | 'openlines';

export interface Phones {
  work_phone?: string;
  personal_mobile?: string;
  inner_phone?: string;
}

export interface Birthday {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export interface PortalUser {
  id: number;
  kind: UserKind;
  active: boolean;
  isAdmin: boolean;
  locale: 'ru' | 'en';
  firstName: string;
  lastName: string;
  secondName: string;
  gender: 'M' | 'F';
  email: string;
  workPosition: string | null;
  color: string;
  hasAvatar: boolean;
  birthday: Birthday | null;
  phones: Phones | false;
  personalCity: string;
  website: string;
  externalAuthId: string;
  departments: number[];
  /** chosen chat status (im.user.status.set) */
  status: ChosenStatus;
  /** epoch ms; null = never / not set */
  idleSince: number | null;
  lastActivity: number | null;
  mobileLast: number | null;
  desktopLast: number | null;
  absentUntil: number | null;
  dateRegister: number;
  lastLogin: number | null;
  employmentDate: number | null;
  timestampX: number;
  /** keeps being "online" while presence churn runs */
  sessionActive: boolean;
}

export interface Department {
  id: number;
  name: string;
  sort: number;
  parent: number | null;
  head: number | null;
}

export interface ChatMessage {
  id: number;
  text: string;
  authorId: number;
  date: number;
  uuid: string;
}

export interface Chat {
  id: number;
  /** 'open' = the general chat, 'chat' = group chat, 'private' = a 1:1 dialog */
  type: 'open' | 'chat' | 'private';
  title: string;
  ownerId: number;
  color: string;
  memberIds: number[];
  dateCreate: number;
  lastMessage: ChatMessage;
  /** unread counter per member id (only the interesting ones are stored) */
  counters: Record<number, number>;
  pinnedFor: number[];
  entityType: string;
}

export interface EdgeCases {
  noAvatar: number;
  nullPosition: number;
  noPhones: number;
  fired: number;
  extranet: number;
  bot: number;
  longName: number;
  htmlName: number;
  emailUser: number;
  openlines: number;
}

export interface PortalData {
  seed: number;
  generatedAt: number;
  users: PortalUser[];
  usersById: Map<number, PortalUser>;
  departments: Department[];
  departmentsById: Map<number, Department>;
  chats: Chat[];
  chatsById: Map<number, Chat>;
  edgeCases: EdgeCases;
}

export interface PortalConfig {
  lang: Lang;
  placement: string;
  placementOptions: Record<string, unknown>;
  install: boolean;
  isAdmin: boolean;
  currentUserId: number;
  bucketEnabled: boolean;
  presenceChurn: boolean;
  authExpiresSec: number;
  scopes: string[];
  /**
   * Portal variants (not the reference's default; for robustness tests): other shapes the reference
   * allows. In the state only while at least one is switched on; absent = every one at its default.
   */
  variants?: PortalVariants;
}

/**
 * Ways another portal built from the same reference may answer (emulator/variants.ts). Every
 * default is the emulator's usual, reference-example behaviour.
 */
export interface PortalVariants {
  /**
   * user.get, user.search, department.get, im.dialog.users.list (alone or in a batch):
   * 'reference' total and next; 'omit' no `total` (next kept); 'omitBoth' neither total nor next.
   */
  listTotals: 'reference' | 'omit' | 'omitBoth';
  /** user.get / user.search list in ID order whatever `sort` / `order` ask for. */
  ignoreSort: boolean;
  /**
   * getInitData / refreshAuth: 'reference' booleans and AUTH_EXPIRES "3600"; 'phpStrings' flags as
   * "Y"/"N", PROTOCOL as a string, AUTH_EXPIRES as a number, PLACEMENT_OPTIONS as a JSON string
   * (and setInstall left unanswered unless FIRST_RUN was "Y").
   */
  initData: 'reference' | 'phpStrings';
  /** Avatar URLs in REST answers: 'absolute' on the portal origin, or 'relative' ("/avatars/7.svg"). */
  avatars: 'absolute' | 'relative';
}

/** PATCH /emulator-api/config body: any config keys; `variants` may name only the ones to change. */
export type ConfigPatch = Partial<Omit<PortalConfig, 'variants'>> & { variants?: Partial<PortalVariants> };

export interface FailNext {
  count: number;
  status: 500 | 503;
}

export interface Faults {
  latencyMs: number;
  failNext: FailNext | null;
  statusSetFails: boolean;
}

export interface AccessToken {
  token: string;
  userId: number;
  expiresAt: number;
  /** set by the expireTokensNow fault */
  revoked: boolean;
}

export interface RestLogEntry {
  id: number;
  at: string;
  method: string;
  params: Record<string, unknown>;
  httpStatus: number;
  durationMs: number;
  error?: string;
  commands?: string[];
  userId?: number;
}

export interface FrameLogEntry {
  id: number;
  at: string;
  command: string;
  params: unknown;
  answered: boolean;
}

export interface PlacementBinding {
  placement: string;
  userId: number;
  handler: string;
  options: Record<string, string>;
  title: string;
  description: string;
  groupName: string;
  langAll: Record<string, { TITLE: string; DESCRIPTION: string; GROUP_NAME: string }>;
}

// ---------------------------------------------------------------------------------------------
// Control API wire types (/emulator-api/*, docs/TEAM-CONTRACTS.md). The single source for the
// server (control-api.ts), the portal page (shell/) and the e2e support client.

export type OptionKind = 'user' | 'app';

/** POST /emulator-api/faults body (merged into the active faults). */
export interface FaultPatch {
  latencyMs?: number;
  /** null clears a pending "fail next" */
  failNext?: FailNext | null;
  expireTokensNow?: true;
  statusSetFails?: boolean;
}

export interface BucketState {
  level: number;
  max: number;
  drainPerSec: number;
  enabled: boolean;
}

export interface PortalSummary {
  /** host[:port] the portal was addressed by */
  domain: string;
  memberId: string;
  users: number;
  seed: number;
  installed: boolean;
  edgeCases: EdgeCases;
}

/** GET /emulator-api/state (also the answer of every mutating endpoint). */
export interface EmulatorState {
  config: PortalConfig;
  portal: PortalSummary;
  currentUser: { id: number; name: string };
  bucket: BucketState;
  faults: Faults;
  userOptions: Record<string, unknown>;
  appOptions: Record<string, unknown>;
  placements: PlacementBinding[];
}

/** POST /emulator-api/reset body. */
export type ResetBody = ConfigPatch & { users?: number; seed?: number };

/** POST /emulator-api/session: a fresh token pair for the current user. */
export interface SessionTokens {
  AUTH_ID: string;
  /** seconds */
  AUTH_EXPIRES: number;
  REFRESH_ID: string;
  MEMBER_ID: string;
  DOMAIN: string;
}

/** POST /emulator-api/frame-log body (what the portal page reports). */
export interface FrameLogReport {
  command: string;
  params: unknown;
  answered: boolean;
}

/** GET /emulator-api/users/:id: the portal's internal truth about one user. */
export interface EmulatorUser {
  imUser: Record<string, unknown>;
  userRow: Record<string, unknown>;
  fired: boolean;
  userType: UserKind;
  status: ChosenStatus;
  idle: string | false;
}

/** One row of GET /emulator-api/users (the pickers' compact list). */
export interface UserListItem {
  id: number;
  /** "First Last" as im.* prints it */
  name: string;
  /** '' when the user has none */
  position: string;
  /** absolute avatar URL, '' when none */
  avatar: string;
  /** false = dismissed (fired) */
  active: boolean;
  userType: UserKind;
}

/** GET /emulator-api/users?query=&limit=&offset=[&userType=][&active=] */
export interface UserList {
  /** matches before paging */
  total: number;
  users: UserListItem[];
}

export interface UserListQuery {
  /** name/position words (any order, substrings, case- and ё-insensitive) or an exact id */
  query?: string;
  /** default 50, at most 500 */
  limit?: number;
  offset?: number;
  userType?: UserKind;
  active?: boolean;
}

/** GET /emulator-api/chats */
export interface EmulatorChat {
  id: number;
  /** 'chat<id>' for group chats, the partner's user id for 1:1 dialogs of the current user */
  dialogId: string;
  title: string;
  memberIds: number[];
  type: Chat['type'];
}
