/**
 * Test doubles for the Bitrix24 boundary (for unit and component tests only; never imported by
 * app code). They stand in for the SDK so tests run in Node without a portal:
 *
 *   const rest = createFakeTransport({
 *     'im.user.get': () => imUser({ id: 1, name: 'Anna' }),
 *     'im.user.status.set': ({ STATUS }) => (STATUS === 'DND' ? restError('STATUS_ERROR') : true),
 *   });
 *   setRestTransport(rest);               // typed API calls now reach the handlers
 *   setPortalFrame(createFakeFrame());    // frame commands are recorded
 */
import { AppError, toAppError } from './errors';
import type { PortalContext, PortalFrame } from './frame';
import type { RestOutcome, RestParams, RestRequest, RestTransport } from './transport';
import type { ImUser } from './wire';

/** A handler's answer: the `result` payload, `{ result, total }`, or an error to fail with. */
export type FakeAnswer = unknown;
export type FakeHandler = (params: RestParams) => FakeAnswer | Promise<FakeAnswer>;

/** Marks a handler answer that carries `total` (and maybe `next`) too. */
export interface FakeList {
  readonly __fakeList: true;
  result: unknown;
  total: number;
  /** Whether the envelope had a `next`; undefined = the transport cannot tell. */
  more?: boolean;
}

/**
 * A list answer with its envelope: `listAnswer(rows, 120)` (total only), `listAnswer(rows, 120, true)`
 * (total and `next`), `listAnswer(rows, 0, false)` (a portal that sends neither).
 */
export function listAnswer(result: unknown, total: number, more?: boolean): FakeList {
  return more === undefined ? { __fakeList: true, result, total } : { __fakeList: true, result, total, more };
}

/** A portal error as the SDK would surface it, e.g. restError('insufficient_scope', 403). */
export function restError(code: string, status = 400, description = code): { code: string; status: number; message: string } {
  return { code, status, message: description };
}

function isFakeList(value: unknown): value is FakeList {
  return typeof value === 'object' && value !== null && (value as FakeList).__fakeList === true;
}

function isErrorAnswer(value: unknown): boolean {
  return (
    value instanceof Error ||
    value instanceof AppError ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { code?: unknown }).code === 'string' &&
      typeof (value as { status?: unknown }).status === 'number')
  );
}

export interface FakeTransport extends RestTransport {
  /** Every REST method reached, in order (batch commands individually, after their 'batch'). */
  readonly calls: RestRequest[];
  /** Each batch request: its command keys. */
  readonly batches: string[][];
  /** Replaces or adds handlers. */
  handle(handlers: Record<string, FakeHandler>): void;
  /** Makes the next `count` requests (calls or whole batches) fail with `error`. */
  failNext(error: unknown, count?: number): void;
}

export function createFakeTransport(initial: Record<string, FakeHandler> = {}): FakeTransport {
  const handlers = new Map(Object.entries(initial));
  const calls: RestRequest[] = [];
  const batches: string[][] = [];
  let failures: { error: unknown; count: number } | null = null;

  function takeFailure(method: string): void {
    if (failures && failures.count > 0) {
      failures.count -= 1;
      throw toAppError(failures.error, method);
    }
  }

  async function run(method: string, params: RestParams): Promise<RestOutcome> {
    calls.push({ method, params });
    const handler = handlers.get(method);
    if (!handler) {
      return { ok: false, error: toAppError({ code: 'ERROR_METHOD_NOT_FOUND', status: 404, message: `Method not found: ${method}` }, method) };
    }
    try {
      const answer = await handler(params);
      if (isErrorAnswer(answer)) return { ok: false, error: toAppError(answer, method) };
      if (!isFakeList(answer)) return { ok: true, response: { result: answer, total: 0 } };
      const response = { result: answer.result, total: answer.total };
      return { ok: true, response: answer.more === undefined ? response : { ...response, more: answer.more } };
    } catch (error) {
      return { ok: false, error: toAppError(error, method) };
    }
  }

  return {
    calls,
    batches,
    handle(next) {
      for (const [method, handler] of Object.entries(next)) handlers.set(method, handler);
    },
    failNext(error, count = 1) {
      failures = { error, count };
    },
    async call(method, params) {
      takeFailure(method);
      const outcome = await run(method, params);
      if (!outcome.ok) throw outcome.error;
      return outcome.response;
    },
    async batch(commands) {
      const keys = Object.keys(commands);
      if (keys.length === 0 || keys.length > 50) {
        throw new AppError('invalid-input', 'BATCH_SIZE', `A batch takes 1…50 commands, got ${keys.length}`, { method: 'batch' });
      }
      batches.push(keys);
      calls.push({ method: 'batch', params: { cmd: keys } });
      takeFailure('batch');
      const outcomes: Record<string, RestOutcome> = {};
      for (const key of keys) {
        const request = commands[key] as RestRequest;
        outcomes[key] = await run(request.method, request.params);
      }
      return outcomes;
    },
  };
}

export interface FakeFrame extends PortalFrame {
  /** Every command sent, e.g. ['openMessenger', '12'], in order. */
  readonly sent: Array<[command: string, ...args: unknown[]]>;
  readonly userOptions: Map<string, string>;
}

export function createFakeFrame(userOptions: Record<string, string> = {}): FakeFrame {
  const sent: FakeFrame['sent'] = [];
  const options = new Map(Object.entries(userOptions));
  return {
    sent,
    userOptions: options,
    openMessenger: (dialogId) => void sent.push(['openMessenger', String(dialogId)]),
    callUser: (userId, video) => void sent.push(['callUser', userId, video]),
    openProfile: (userId) => void sent.push(['openProfile', userId]),
    resizeWindow: async (width, height) => void sent.push(['resizeWindow', width, height]),
    fitWindow: async () => void sent.push(['fitWindow']),
    setTitle: async (title) => void sent.push(['setTitle', title]),
    getUserOption: (name) => options.get(name) || null,
    setUserOption: async (name, value) => {
      sent.push(['setUserOption', name, value]);
      options.set(name, value);
    },
    installFinish: async () => void sent.push(['installFinish']),
  };
}

/** A complete im user object with sensible defaults (override any field). */
export function imUser(overrides: Partial<ImUser> & { id: number }): ImUser {
  const first = overrides.first_name ?? `First${overrides.id}`;
  const last = overrides.last_name ?? `Last${overrides.id}`;
  return {
    active: true,
    name: `${first} ${last}`,
    first_name: first,
    last_name: last,
    work_position: '',
    color: '#048bd0',
    avatar: '',
    avatar_hr: '/bitrix/js/im/images/blank.gif',
    gender: 'M',
    birthday: '',
    extranet: false,
    network: false,
    bot: false,
    connector: false,
    external_auth_id: 'default',
    status: 'online',
    idle: false,
    last_activity_date: false,
    mobile_last_date: false,
    desktop_last_date: false,
    absent: false,
    departments: [1],
    phones: false,
    bot_data: null,
    type: 'user',
    website: '',
    email: '',
    ...overrides,
  };
}

/** The getInitData reply as the reference shows it (reference b24jssdk §2.6), for portal.example. */
export const DOCUMENTED_INIT_DATA = Object.freeze({
  LANG: 'en',
  DOMAIN: 'portal.example',
  PROTOCOL: 1,
  PATH: '/rest',
  AUTH_ID: 'tok',
  AUTH_EXPIRES: '3600',
  REFRESH_ID: 'ref',
  MEMBER_ID: 'mem',
  FIRST_RUN: false,
  IS_ADMIN: true,
  INSTALL: false,
  USER_OPTIONS: {},
  APP_OPTIONS: {},
  PLACEMENT: 'DEFAULT',
  PLACEMENT_OPTIONS: {},
});

/** What the app knows of the portal from DOCUMENTED_INIT_DATA: an admin on the main page, in English. */
export const DOCUMENTED_PORTAL: Readonly<PortalContext> = Object.freeze({
  lang: 'en',
  placement: 'DEFAULT',
  placementOptions: {},
  isAdmin: true,
  isInstallMode: false,
  isSlider: false,
  domain: 'portal.example',
  origin: 'https://portal.example',
});
