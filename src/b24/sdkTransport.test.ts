/**
 * The SDK transport against the REAL SDK (HttpV2, actions.v2.call/batch, retries, token refresh),
 * with only the network faked: the SDK's axios instance uses its fetch adapter with a fake fetch
 * that answers like a portal. So these tests pin how the SDK surfaces each kind of failure.
 */
import { AbstractB24, HttpV2, type AuthActions, type AuthData } from '@bitrix24/b24jssdk';
import { parse } from 'qs';
import { describe, expect, it, vi } from 'vitest';
import { addTimeBlockFix } from './sdkHttp';
import { createSdkTransport } from './sdkTransport';

type Answer = { status?: number; body: unknown } | 'network-down' | 'hang';
type Handler = (method: string, params: Record<string, unknown>, auth: unknown) => Answer;

const TIME = { start: 0, finish: 0, duration: 0, processing: 0, date_start: '', date_finish: '', operating: 0 };

class TestB24 extends AbstractB24 {
  readonly authActions: AuthActions;
  constructor(http: HttpV2, authActions: AuthActions) {
    super();
    this._httpV2 = http;
    this._isInit = true;
    this.authActions = authActions;
  }
  get auth(): AuthActions {
    return this.authActions;
  }
  getTargetOrigin(): string {
    return 'https://portal.example';
  }
  getTargetOriginWithPath() {
    return this.authActions.getTargetOriginWithPath();
  }
}

function fakePortal(handler: Handler, opts: { refreshTo?: string; timeBlockFix?: boolean; timeoutMs?: number } = {}) {
  const requests: Array<{ method: string; auth: unknown; params: Record<string, unknown> }> = [];
  let token = 'token-1';
  const authData = (): AuthData => ({
    access_token: token,
    refresh_token: 'refresh',
    expires: Date.now() / 1000 + 3600,
    expires_in: 3600,
    domain: 'https://portal.example',
    member_id: 'member',
  });
  const refreshAuth = vi.fn(async () => {
    token = opts.refreshTo ?? 'token-2';
    return authData();
  });
  const authActions = {
    getAuthData: () => authData(),
    refreshAuth,
    getUniq: (prefix: string) => `${prefix}_member`,
    isAdmin: true,
    getTargetOrigin: () => 'https://portal.example',
    getTargetOriginWithPath: () => new Map([['v2', 'https://portal.example/rest'], ['v3', 'https://portal.example/rest/api']]),
  } as unknown as AuthActions;

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const method = decodeURIComponent(url.pathname.replace(/^\/rest\//, ''));
    const body = JSON.parse(await request.text()) as Record<string, unknown>;
    const { auth, ...params } = body;
    requests.push({ method, auth, params });
    const answer = handler(method, params, auth);
    if (answer === 'network-down') throw new TypeError('fetch failed');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)));
    }
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };

  const http = new HttpV2(authActions, null, {
    maxRetries: 1,
    retryOnNetworkError: false,
    rateLimit: { burstLimit: 1000, drainRate: 1000, adaptiveEnabled: false },
  });
  http.ajaxClient.defaults.adapter = 'fetch';
  http.ajaxClient.defaults.env = { fetch: fetchImpl, Request, Response } as never;
  if (opts.timeoutMs !== undefined) http.ajaxClient.defaults.timeout = opts.timeoutMs;
  if (opts.timeBlockFix !== false) addTimeBlockFix(http.ajaxClient);
  const b24 = new TestB24(http, authActions);
  return { transport: createSdkTransport(b24), requests, refreshAuth };
}

/** A portal batch endpoint built from single-method answers. */
function batchOf(single: (method: string, params: Record<string, unknown>) => Answer): Handler {
  return (method, params) => {
    if (method !== 'batch') return single(method, params);
    const cmd = params.cmd as Record<string, string>;
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    const totals: Record<string, number> = {};
    for (const [key, line] of Object.entries(cmd)) {
      const [sub = '', query = ''] = line.split('?');
      const answer = single(sub, parse(query) as Record<string, unknown>);
      if (answer === 'network-down' || answer === 'hang') throw new Error('not in a batch');
      const body = answer.body as { result?: unknown; total?: number; error?: string; error_description?: string };
      if (body.error) errors[key] = { error: body.error, error_description: body.error_description ?? '' };
      else {
        result[key] = body.result;
        if (body.total !== undefined) totals[key] = body.total;
      }
    }
    return {
      body: {
        result: {
          result: Object.keys(result).length ? result : [],
          result_error: Object.keys(errors).length ? errors : [],
          result_total: Object.keys(totals).length ? totals : [],
          result_next: [],
          result_time: [],
        },
        time: TIME,
      },
    };
  };
}

const ok = (result: unknown, total?: number): Answer => ({ body: { result, ...(total === undefined ? {} : { total }), time: TIME } });
const fail = (status: number, error: string, description = error): Answer => ({ status, body: { error, error_description: description } });

describe('createSdkTransport.call', () => {
  it('returns result and total of a successful call', async () => {
    const { transport } = fakePortal(() => ok([{ ID: '1' }], 120));
    await expect(transport.call('user.get', { start: 0 })).resolves.toEqual({ result: [{ ID: '1' }], total: 120, more: false });
  });

  it('maps a thrown 403 insufficient_scope with the scope of the method', async () => {
    const { transport } = fakePortal(() => fail(403, 'insufficient_scope', 'The request requires higher privileges'));
    await expect(transport.call('department.get', {})).rejects.toMatchObject({
      name: 'AppError',
      kind: 'missing-scope',
      code: 'insufficient_scope',
      options: { status: 403, scope: 'department', method: 'department.get' },
    });
  });

  it('maps an error body that came with HTTP 200 (returned, not thrown, by the SDK)', async () => {
    const { transport } = fakePortal(() => fail(200, 'STATUS_ERROR', 'Status is not available'));
    await expect(transport.call('im.user.status.set', { STATUS: 'x' })).rejects.toMatchObject({ kind: 'invalid-input', code: 'STATUS_ERROR' });
  });

  it('maps a failed network to network', async () => {
    const { transport } = fakePortal(() => 'network-down');
    await expect(transport.call('im.user.get', {})).rejects.toMatchObject({ kind: 'network', code: 'NETWORK_ERROR' });
  });

  it('refreshes an expired token through the frame and retries invisibly', async () => {
    const { transport, requests, refreshAuth } = fakePortal((_m, _p, auth) =>
      auth === 'token-1' ? fail(401, 'expired_token', 'The access token provided has expired.') : ok({ id: 1 }),
    );
    await expect(transport.call('im.user.get', {})).resolves.toEqual({ result: { id: 1 }, total: 0, more: false });
    expect(refreshAuth).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.auth)).toEqual(['token-1', 'token-2']);
  });

  it('reports not-authorised when the token is still refused after the refresh', async () => {
    const { transport } = fakePortal(() => fail(401, 'expired_token'), { refreshTo: 'still-bad' });
    await expect(transport.call('im.user.get', {})).rejects.toMatchObject({ kind: 'not-authorised', code: 'expired_token' });
  });
});

describe('createSdkTransport.batch', () => {
  const portal = batchOf((method, params) => {
    if (method === 'im.user.get') return ok({ id: Number(params.ID ?? 1) });
    if (method === 'user.get') return ok([{ ID: '1' }], 77);
    if (method === 'department.get') return fail(200, 'insufficient_scope');
    return fail(200, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
  });

  it('sends named commands without halting and returns an outcome per key', async () => {
    const { transport, requests } = fakePortal(portal);
    const outcomes = await transport.batch({
      me: { method: 'im.user.get', params: {} },
      p5: { method: 'im.user.get', params: { ID: 5 } },
      page: { method: 'user.get', params: { filter: { ACTIVE: true }, start: 0 } },
      deps: { method: 'department.get', params: { start: 0 } },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('batch');
    expect(outcomes.me).toEqual({ ok: true, response: { result: { id: 1 }, total: 0, more: false } });
    expect(outcomes.p5).toEqual({ ok: true, response: { result: { id: 5 }, total: 0, more: false } });
    expect(outcomes.page).toEqual({ ok: true, response: { result: [{ ID: '1' }], total: 77, more: false } });
    expect(outcomes.deps).toMatchObject({ ok: false, error: { kind: 'missing-scope', options: { scope: 'department', method: 'department.get' } } });
  });

  it('rejects when the batch request itself fails', async () => {
    const { transport } = fakePortal(() => fail(403, 'ACCESS_DENIED', 'REST is available only on commercial plans'));
    await expect(transport.batch({ me: { method: 'im.user.get', params: {} } })).rejects.toMatchObject({ kind: 'access-denied', options: { method: 'batch' } });
  });

  it('refuses more than 50 commands before sending anything', async () => {
    const { transport, requests } = fakePortal(portal);
    const commands = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`c${i}`, { method: 'im.user.get', params: {} }]));
    await expect(transport.batch(commands)).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });
});

describe('createSdkTransport with portals that answer differently', () => {
  const batchBody = (result: unknown): Answer => ({ body: { result, time: TIME } });
  const commands = {
    me: { method: 'im.user.get', params: {} },
    status: { method: 'im.user.status.get', params: {} },
    page: { method: 'user.get', params: { filter: { ACTIVE: true }, start: 0 } },
  };

  it('sends the batch as the SDK would: halt 0 and named "method?query" commands', async () => {
    const { transport, requests } = fakePortal(() => batchBody({ result: { me: {}, status: 'dnd', page: [] } }));
    await transport.batch(commands);
    expect(requests[0]?.params).toEqual({
      halt: 0,
      cmd: { me: 'im.user.get?', status: 'im.user.status.get?', page: 'user.get?filter%5BACTIVE%5D=true&start=0' },
    });
  });

  it('reads results listed as an array although the commands were named', async () => {
    const { transport } = fakePortal(() => batchBody({ result: [{ id: 1 }, 'dnd', [{ ID: '1' }]], result_error: [], result_total: [0, 0, 7], result_next: [] }));
    const outcomes = await transport.batch(commands);
    expect(outcomes.me).toMatchObject({ ok: true, response: { result: { id: 1 } } });
    expect(outcomes.status).toMatchObject({ ok: true, response: { result: 'dnd' } });
    expect(outcomes.page).toMatchObject({ ok: true, response: { result: [{ ID: '1' }], total: 7 } });
  });

  it('keeps the other answers when one command is missing from both result and result_error', async () => {
    const { transport } = fakePortal(() => batchBody({ result: { me: { id: 1 }, page: [] }, result_error: [], result_time: { me: null } }));
    const outcomes = await transport.batch(commands);
    expect(outcomes.me).toMatchObject({ ok: true });
    expect(outcomes.page).toMatchObject({ ok: true });
    expect(outcomes.status).toMatchObject({ ok: false, error: { kind: 'portal-error', code: 'BATCH_NO_ANSWER', options: { method: 'im.user.status.get' } } });
  });

  it('reads sub-errors given as plain strings', async () => {
    const { transport } = fakePortal(() => batchBody({ result: { me: { id: 1 }, page: [] }, result_error: { status: 'insufficient_scope' } }));
    expect((await transport.batch(commands)).status).toMatchObject({ ok: false, error: { kind: 'missing-scope', options: { scope: 'im' } } });
  });

  it('rejects the whole batch when the envelope carries an error with HTTP 200', async () => {
    const { transport } = fakePortal(() => ({ status: 200, body: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' } }));
    await expect(transport.batch(commands)).rejects.toMatchObject({ kind: 'invalid-input', code: 'ERROR_BATCH_LENGTH_EXCEEDED' });
  });

  it('rejects the whole batch with not-authorised when the token is refused after a refresh', async () => {
    const { transport, refreshAuth } = fakePortal(() => fail(401, 'expired_token'), { refreshTo: 'still-bad' });
    await expect(transport.batch(commands)).rejects.toMatchObject({ kind: 'not-authorised', options: { method: 'batch' } });
    expect(refreshAuth).toHaveBeenCalledTimes(1);
  });

  it('accepts answers without a time block (added before the SDK reads them)', async () => {
    const { transport } = fakePortal(() => ({ body: { result: { id: 1 } } }));
    await expect(transport.call('im.user.get', {})).resolves.toMatchObject({ result: { id: 1 } });
    const { transport: batchTransport } = fakePortal(() => ({ body: { result: { result: { me: { id: 1 } } } } }));
    await expect(batchTransport.batch({ me: commands.me })).resolves.toMatchObject({ me: { ok: true } });
  });

  it('(without that fix the SDK fails such an answer)', async () => {
    const { transport } = fakePortal(() => ({ body: { result: { id: 1 } } }), { timeBlockFix: false });
    await expect(transport.call('im.user.get', {})).rejects.toMatchObject({ kind: 'portal-error', code: 'JSSDK_UNKNOWN_ERROR' });
  });

  it('reads `next` of a single call', async () => {
    const { transport } = fakePortal(() => ({ body: { result: [{ ID: '1' }], next: 50, time: TIME } }));
    await expect(transport.call('user.get', {})).resolves.toEqual({ result: [{ ID: '1' }], total: 0, more: true });
  });

  it('maps a rate limit that outlasts the retries to rate-limited', async () => {
    const { transport } = fakePortal(() => fail(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'));
    await expect(transport.call('user.get', {})).rejects.toMatchObject({ kind: 'rate-limited', code: 'QUERY_LIMIT_EXCEEDED', options: { status: 503 } });
  });

  it('maps a request that times out to network', async () => {
    const { transport } = fakePortal(() => 'hang', { timeoutMs: 20 });
    await expect(transport.call('user.get', {})).rejects.toMatchObject({ kind: 'network' });
  });
});
