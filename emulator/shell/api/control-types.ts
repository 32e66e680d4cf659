/**
 * Wire types of the emulator's control API (/emulator-api/*), as described in
 * docs/TEAM-CONTRACTS.md. Shared by the portal page (shell) and the e2e support client.
 */

export type EmulatorLang = 'en' | 'ru' | 'de';

export interface EmulatorConfig {
  lang: EmulatorLang;
  placement: string;
  placementOptions: Record<string, unknown>;
  install: boolean;
  isAdmin: boolean;
  currentUserId: number;
  bucketEnabled: boolean;
  presenceChurn: boolean;
  authExpiresSec: number;
  scopes: string[];
}

export interface EmulatorFaults {
  latencyMs?: number;
  failNext?: { count: number; status: 500 | 503 };
  expireTokensNow?: boolean;
  statusSetFails?: boolean;
}

export interface BucketState {
  level: number;
  max: number;
  drainPerSec: number;
  enabled: boolean;
}

export interface EmulatorState {
  config: EmulatorConfig;
  portal: { domain: string; memberId: string; users: number; installed: boolean };
  currentUser: { id: number; name: string };
  bucket: BucketState;
  faults: EmulatorFaults;
  userOptions: Record<string, unknown>;
  appOptions: Record<string, unknown>;
  placements: unknown;
}

export interface ResetBody extends Partial<EmulatorConfig> {
  users?: number;
  seed?: number;
}

/** POST /emulator-api/session: a fresh token pair for the current user. */
export interface SessionTokens {
  AUTH_ID: string;
  AUTH_EXPIRES: number | string;
  REFRESH_ID: string;
  MEMBER_ID: string;
  DOMAIN: string;
}

export interface RestLogEntry {
  id: number;
  at: number | string;
  method: string;
  params: unknown;
  httpStatus: number;
  durationMs: number;
  error?: string;
  commands?: string[];
  userId?: number;
}

export interface FrameLogEntry {
  id: number;
  at: number | string;
  command: string;
  params: unknown;
  answered: boolean;
}

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
  userType: string;
  status: string;
  idle: unknown;
}

export interface EmulatorChat {
  id: number;
  /** 'chat<id>' for group chats, the partner's user id for 1:1 dialogs */
  dialogId: string;
  title: string;
  memberIds: number[];
  type?: string;
}

export type OptionKind = 'user' | 'app';
