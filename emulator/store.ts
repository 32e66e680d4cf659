/**
 * The portal's mutable state: generated data (users, departments, chats), the runtime config the
 * control API edits, tokens (access → user with expiry, refresh → user), app/user options,
 * placements, the leaky bucket, faults, and the REST / frame logs. One store per createPortal().
 */
import { randomBytes } from 'node:crypto';
import { FaultInjector, LeakyBucket } from './limits';
import { userIndex } from './rest/user-index';
import { DEFAULT_SEED, DEFAULT_USERS, generatePortalData } from './seed';
import { churnPresence } from './seed/presence';
import { createRng, mixSeed } from './seed/rng';
import { DEFAULT_VARIANTS, mergeVariants } from './variants';
import type {
  AccessToken, FrameLogEntry, Lang, OptionKind, PlacementBinding, PortalConfig, PortalData, PortalUser, PortalVariants,
  RestLogEntry, SessionTokens,
} from './types';

export const DEFAULT_SCOPES = ['im', 'user_brief', 'department', 'placement'];
const LOG_LIMIT = 2000;

export interface StoreOptions {
  /** portal size (default EMULATOR_USERS, else 250) */
  users?: number;
  /** generator seed (default EMULATOR_SEED, else 42) */
  seed?: number;
  /** leaky bucket (default on) */
  bucket?: boolean;
  /** presence churn (default on) */
  churn?: boolean;
  /** clock, for tests (default Date.now) */
  now?: () => number;
}

/** A token pair as the store issues it (the control API adds DOMAIN). */
export interface IssuedSession extends Omit<SessionTokens, 'DOMAIN'> {
  userId: number;
}

export type TokenCheck = { ok: true; userId: number } | { ok: false; reason: 'missing' | 'expired' };

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export class PortalStore {
  data!: PortalData;
  config!: PortalConfig;
  /** Portal variants (emulator/variants.ts); the state shows them as `config.variants` when not all default. */
  variants: PortalVariants = { ...DEFAULT_VARIANTS };
  installed = true;
  memberId = '';
  readonly bucket = new LeakyBucket();
  readonly faults = new FaultInjector();
  readonly now: () => number;
  private tokens = new Map<string, AccessToken>();
  private refreshTokens = new Map<string, number>();
  private userOptions = new Map<number, Record<string, unknown>>();
  appOptions: Record<string, unknown> = {};
  placements: PlacementBinding[] = [];
  restLog: RestLogEntry[] = [];
  frameLog: FrameLogEntry[] = [];
  private logSeq = 0;
  /**
   * Bumped when the logs are cleared or the portal is reset: a request that started before then
   * (e.g. from the previous test's page, still waiting out an injected latency) belongs to the
   * old log and is not written into the new one.
   */
  logEpoch = 0;
  private frameSeq = 0;
  private churnTicks = 0;
  private readonly defaults: Required<Omit<StoreOptions, 'now'>>;

  constructor(opts: StoreOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.defaults = {
      users: opts.users ?? envNumber('EMULATOR_USERS') ?? DEFAULT_USERS,
      seed: opts.seed ?? envNumber('EMULATOR_SEED') ?? DEFAULT_SEED,
      bucket: opts.bucket ?? true,
      churn: opts.churn ?? true,
    };
    this.reset({});
  }

  defaultConfig(): PortalConfig {
    return {
      lang: 'en',
      placement: 'DEFAULT',
      placementOptions: {},
      install: false,
      isAdmin: true,
      currentUserId: 1,
      bucketEnabled: this.defaults.bucket,
      presenceChurn: this.defaults.churn,
      authExpiresSec: 3600,
      scopes: [...DEFAULT_SCOPES],
    };
  }

  /** Regenerates everything from (users, seed) and clears logs, bucket, faults, options, tokens. */
  reset(body: { users?: number; seed?: number } & Record<string, unknown>): void {
    const users = typeof body.users === 'number' ? body.users : this.defaults.users;
    const seed = typeof body.seed === 'number' ? body.seed : this.defaults.seed;
    this.data = generatePortalData({ users, seed, now: this.now() });
    userIndex(this.data); // built now, so the first list or search request is not the slow one
    this.memberId = createRng(mixSeed(seed, 7)).sample([...'0123456789abcdef'.repeat(4)], 32).join('');
    this.config = this.defaultConfig();
    this.variants = { ...DEFAULT_VARIANTS };
    this.tokens.clear();
    this.refreshTokens.clear();
    this.userOptions.clear();
    this.appOptions = {};
    this.placements = [];
    this.clearLogs();
    this.bucket.reset();
    this.faults.clear();
    this.churnTicks = 0;
    this.patchConfig(body);
    this.installed = !this.config.install;
  }

  /** Applies the known, well-typed config keys; ignores the rest. */
  patchConfig(patch: Record<string, unknown>): void {
    const c = this.config;
    if (patch.lang === 'en' || patch.lang === 'ru' || patch.lang === 'de') c.lang = patch.lang as Lang;
    if (typeof patch.placement === 'string' && patch.placement !== '') c.placement = patch.placement;
    if (typeof patch.placementOptions === 'object' && patch.placementOptions !== null && !Array.isArray(patch.placementOptions)) {
      c.placementOptions = { ...(patch.placementOptions as Record<string, unknown>) };
    }
    if (typeof patch.install === 'boolean') {
      c.install = patch.install;
      if (patch.install) this.installed = false;
    }
    if (typeof patch.isAdmin === 'boolean') c.isAdmin = patch.isAdmin;
    if (typeof patch.currentUserId === 'number' && this.data.usersById.has(patch.currentUserId)) c.currentUserId = patch.currentUserId;
    if (typeof patch.bucketEnabled === 'boolean') c.bucketEnabled = patch.bucketEnabled;
    if (typeof patch.presenceChurn === 'boolean') c.presenceChurn = patch.presenceChurn;
    if (typeof patch.authExpiresSec === 'number' && patch.authExpiresSec > 0) c.authExpiresSec = Math.floor(patch.authExpiresSec);
    if (Array.isArray(patch.scopes) && patch.scopes.every((s) => typeof s === 'string')) c.scopes = [...(patch.scopes as string[])];
    if (patch.variants !== undefined) this.variants = mergeVariants(this.variants, patch.variants);
  }

  user(id: number): PortalUser | undefined {
    return this.data.usersById.get(id);
  }

  /** REST admin rights: the config switch for the current user, the seed flag for others. */
  isAdminUser(id: number): boolean {
    if (id === this.config.currentUserId) return this.config.isAdmin;
    return this.user(id)?.isAdmin ?? false;
  }

  /** A fresh access/refresh pair; `refreshId` (if known) keeps the user it was issued for. */
  issueSession(refreshId?: string): IssuedSession {
    const fromRefresh = refreshId ? this.refreshTokens.get(refreshId) : undefined;
    const userId = fromRefresh ?? this.config.currentUserId;
    const AUTH_ID = randomBytes(32).toString('hex');
    const REFRESH_ID = randomBytes(32).toString('hex');
    const expiresSec = this.config.authExpiresSec;
    this.tokens.set(AUTH_ID, { token: AUTH_ID, userId, expiresAt: this.now() + expiresSec * 1000, revoked: false });
    this.refreshTokens.set(REFRESH_ID, userId);
    return { AUTH_ID, AUTH_EXPIRES: expiresSec, REFRESH_ID, MEMBER_ID: this.memberId, userId };
  }

  checkToken(token: string | null): TokenCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const t = this.tokens.get(token);
    if (!t) return { ok: false, reason: 'missing' };
    if (t.revoked || this.now() >= t.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, userId: t.userId };
  }

  expireAllTokens(): void {
    for (const t of this.tokens.values()) t.revoked = true;
  }

  optionsOf(userId: number): Record<string, unknown> {
    return this.userOptions.get(userId) ?? {};
  }

  setOption(kind: OptionKind, name: string, value: unknown): void {
    if (kind === 'app') {
      this.appOptions[name] = value;
      return;
    }
    const id = this.config.currentUserId;
    this.userOptions.set(id, { ...this.optionsOf(id), [name]: value });
  }

  /** Logs a REST request; dropped (null) when it started in an earlier log epoch (see logEpoch). */
  logRest(entry: Omit<RestLogEntry, 'id'>, startedInEpoch: number = this.logEpoch): RestLogEntry | null {
    if (startedInEpoch !== this.logEpoch) return null;
    const full: RestLogEntry = { id: ++this.logSeq, ...entry };
    this.restLog.push(full);
    if (this.restLog.length > LOG_LIMIT) this.restLog.splice(0, this.restLog.length - LOG_LIMIT);
    return full;
  }

  logFrame(entry: Omit<FrameLogEntry, 'id'>): FrameLogEntry {
    const full: FrameLogEntry = { id: ++this.frameSeq, ...entry };
    this.frameLog.push(full);
    if (this.frameLog.length > LOG_LIMIT) this.frameLog.splice(0, this.frameLog.length - LOG_LIMIT);
    return full;
  }

  clearLogs(): void {
    this.restLog = [];
    this.frameLog = [];
    this.logEpoch += 1;
  }

  /** One presence-churn step (deterministic per seed and tick number). */
  churnTick(): number[] {
    this.churnTicks += 1;
    const rng = createRng(mixSeed(this.data.seed, 1000 + this.churnTicks));
    return churnPresence(this.data.users, rng, this.now(), { protectedIds: new Set([this.config.currentUserId]) });
  }
}
