/**
 * The real @bitrix24/b24jssdk 2.2.0 transport (HttpV2, the class B24Frame uses) against the
 * emulator in Node: envelopes parse, errors become the documented AjaxErrors, batch results are
 * read by the SDK's own batch strategies, and a 401 expired_token triggers one refreshAuth + retry.
 */
import { AjaxError, HttpV2, ParamsFactory } from '@bitrix24/b24jssdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';

interface AuthData {
  access_token: string;
  refresh_token: string;
  expires: number;
  expires_in: number;
  domain: string;
  member_id: string;
}

let h: Harness;
let auth: AuthData;
let refreshes = 0;
let http: HttpV2;

beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.control('reset', 'POST', {});
  const s = await h.newSession();
  refreshes = 0;
  auth = { access_token: s.AUTH_ID, refresh_token: s.REFRESH_ID, expires: Date.now() / 1000 + 3600, expires_in: 3600, domain: h.base, member_id: s.MEMBER_ID };
  const actions = {
    getAuthData: () => auth,
    refreshAuth: async () => {
      refreshes++;
      const fresh = await h.newSession({ REFRESH_ID: auth.refresh_token });
      auth = { ...auth, access_token: fresh.AUTH_ID, refresh_token: fresh.REFRESH_ID };
      return auth;
    },
    getTargetOriginWithPath: () => new Map([['v2', `${h.base}/rest`], ['v3', `${h.base}/rest/api`]]),
  };
  const params = { ...ParamsFactory.getDefault(), maxRetries: 1, rateLimit: { burstLimit: 1000, drainRate: 1000, adaptiveEnabled: false } };
  // The SDK types its auth-actions argument with internal interfaces; the duck type above is what it calls.
  http = new HttpV2(actions as unknown as ConstructorParameters<typeof HttpV2>[0], {}, params);
});

describe('real SDK transport', () => {
  it('call(): success envelope with time', async () => {
    const r = await http.call('user.current', {});
    expect(r.isSuccess).toBe(true);
    expect((r.getData() as { result: { ID: string } }).result.ID).toBe('1');
  });

  it('list paging: total and next are read', async () => {
    const r = await http.call('user.get', { filter: { ACTIVE: true } });
    expect(r.getTotal()).toBeGreaterThan(50);
    expect(r.isMore()).toBe(true);
  });

  it('4xx errors throw AjaxError with the portal code and status', async () => {
    const err = await http.call('im.user.status.set', { STATUS: 'DND' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AjaxError);
    expect((err as AjaxError).code).toBe('STATUS_ERROR');
    expect((err as AjaxError).status).toBe(400);
    const missing = await http.call('no.such.method', {}).catch((e: unknown) => e);
    expect((missing as AjaxError).code).toBe('ERROR_METHOD_NOT_FOUND');
    expect((missing as AjaxError).status).toBe(404);
  });

  it('expired_token → one refreshAuth, the call is retried and succeeds', async () => {
    await h.control('faults', 'POST', { expireTokensNow: true });
    const r = await http.call('user.current', {});
    expect(r.isSuccess).toBe(true);
    expect(refreshes).toBe(1);
  });

  it('batch as array and as object is parsed by the SDK strategies', async () => {
    const asArray = await http.batch([['user.current', {}], ['im.user.list.get', { ID: [1, 2], RESULT_TYPE: 'array' }]], { isHaltOnError: true });
    expect(asArray.isSuccess).toBe(true);
    const asObject = await http.batch(
      { me: { method: 'user.current', params: {} }, deps: { method: 'department.get', params: { PARENT: 1 } } },
      { isHaltOnError: false },
    );
    expect(asObject.isSuccess).toBe(true);
    const failing = await http.batch({ ok: ['server.time', {}], bad: ['im.user.status.set', { STATUS: 'x' }] }, { isHaltOnError: false });
    expect(failing.isSuccess).toBe(false);
    expect(failing.getErrorMessages().join(' ')).toContain('Status is not available');
  });
});
