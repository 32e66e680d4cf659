import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultInjector, LeakyBucket } from './limits';
import { startPortal, type Harness } from './testing/harness';

describe('LeakyBucket (unit)', () => {
  it('admits 50 at once, refuses the 51st without counting it, drains 2/s', () => {
    const b = new LeakyBucket();
    for (let i = 0; i < 50; i++) expect(b.tryAdd(1000)).toBe(true);
    expect(b.tryAdd(1000)).toBe(false);
    expect(b.level(1000)).toBe(50);
    expect(b.tryAdd(1400)).toBe(false);
    expect(b.tryAdd(1500)).toBe(true);
    expect(b.level(26_500)).toBe(0);
  });
});

describe('FaultInjector (unit)', () => {
  it('fails exactly `count` times, then clears', () => {
    const f = new FaultInjector();
    f.merge({ failNext: { count: 2, status: 503 } });
    expect([f.takeFailure(), f.takeFailure(), f.takeFailure()]).toEqual([503, 503, null]);
    expect(f.snapshot.failNext).toBeNull();
  });
});

let clock = Date.UTC(2026, 2, 2, 6, 30);
let h: Harness;
beforeAll(async () => {
  h = await startPortal({ now: () => clock, bucket: true });
});
afterAll(() => h.close());
beforeEach(async () => {
  clock += 3_600_000;
  await h.reset({ bucketEnabled: true });
});

describe('leaky bucket over HTTP', () => {
  it('the 51st rapid request answers 503 QUERY_LIMIT_EXCEEDED; the bucket drains at 2/s', async () => {
    for (let i = 0; i < 50; i++) expect((await h.call('server.time')).status).toBe(200);
    const limited = await h.call('server.time');
    expect(limited.status).toBe(503);
    expect(limited.body).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    expect((await h.control('state')).body.bucket).toMatchObject({ level: 50, max: 50, drainPerSec: 2, enabled: true });
    clock += 500;
    expect((await h.call('server.time')).status).toBe(200);
    expect((await h.call('server.time')).status).toBe(503);
    clock += 25_000;
    expect((await h.control('state')).body.bucket.level).toBe(0);
    expect((await h.call('server.time')).status).toBe(200);
  });

  it('preflights are not counted; bucketEnabled=false turns the limit off', async () => {
    for (let i = 0; i < 60; i++) await fetch(`${h.base}/rest/server.time`, { method: 'OPTIONS', headers: { origin: 'http://x' } });
    expect((await h.control('state')).body.bucket.level).toBe(0);
    await h.control('config', 'PATCH', { bucketEnabled: false });
    for (let i = 0; i < 60; i++) expect((await h.call('server.time')).status).toBe(200);
  });
});

describe('token expiry and sessions', () => {
  it('a token expires after authExpiresSec (401 expired_token); a new session works', async () => {
    await h.control('config', 'PATCH', { authExpiresSec: 60 });
    const s = await h.newSession();
    expect(s.AUTH_EXPIRES).toBe(60);
    expect((await h.call('user.current', {}, { token: s.AUTH_ID })).status).toBe(200);
    clock += 61_000;
    const expired = await h.call('user.current', {}, { token: s.AUTH_ID });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ error: 'expired_token', error_description: 'The access token provided has expired' });
    const fresh = await h.newSession();
    expect((await h.call('user.current', {}, { token: fresh.AUTH_ID })).status).toBe(200);
  });

  it('expireTokensNow expires every current token', async () => {
    const other = await h.newSession();
    await h.control('faults', 'POST', { expireTokensNow: true });
    for (const token of [h.token, other.AUTH_ID]) expect((await h.call('server.time', {}, { token })).body.error).toBe('expired_token');
    const fresh = await h.newSession();
    expect((await h.call('server.time', {}, { token: fresh.AUTH_ID })).status).toBe(200);
  });

  it('a refresh token keeps the user it was issued for', async () => {
    await h.control('config', 'PATCH', { currentUserId: 12 });
    const as12 = await h.newSession();
    await h.control('config', 'PATCH', { currentUserId: 1 });
    const renewed = await h.newSession({ REFRESH_ID: as12.REFRESH_ID });
    expect((await h.call('user.current', {}, { token: renewed.AUTH_ID })).body.result.ID).toBe('12');
    const plain = await h.newSession();
    expect((await h.call('user.current', {}, { token: plain.AUTH_ID })).body.result.ID).toBe('1');
  });
});

describe('faults', () => {
  it('failNext 500 → INTERNAL_SERVER_ERROR, 503 → QUERY_LIMIT_EXCEEDED, then normal again', async () => {
    await h.control('faults', 'POST', { failNext: { count: 2, status: 500 } });
    for (let i = 0; i < 2; i++) {
      const r = await h.call('server.time');
      expect(r.status).toBe(500);
      expect(r.body).toEqual({ error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' });
    }
    expect((await h.call('server.time')).status).toBe(200);
    await h.control('faults', 'POST', { failNext: { count: 1, status: 503 } });
    expect((await h.control('state')).body.faults.failNext).toEqual({ count: 1, status: 503 });
    const r = await h.call('server.time');
    expect(r.status).toBe(503);
    expect(r.body.error).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('latencyMs delays every REST call', async () => {
    await h.control('faults', 'POST', { latencyMs: 200 });
    const t = performance.now();
    await h.call('server.time');
    expect(performance.now() - t).toBeGreaterThanOrEqual(190);
    await h.control('faults', 'DELETE');
    expect((await h.control('state')).body.faults).toEqual({ latencyMs: 0, failNext: null, statusSetFails: false });
  });

  it('a request still waiting out the latency when the log is cleared or the portal reset is not written into the new log', async () => {
    await h.control('faults', 'POST', { latencyMs: 200 });
    const stale = h.call('server.time');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await h.control('log', 'DELETE');
    await stale;
    expect((await h.control('log')).body.entries).toEqual([]);
    const beforeReset = h.call('server.time');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await h.reset();
    expect((await beforeReset).status).toBe(401);
    expect((await h.control('log')).body.entries).toEqual([]);
    await h.call('server.time');
    expect((await h.control('log')).body.entries.map((e: { method: string }) => e.method)).toEqual(['server.time']);
  });

  it('statusSetFails: im.user.status.set answers 500 and the status stays', async () => {
    await h.control('faults', 'POST', { statusSetFails: true });
    const r = await h.call('im.user.status.set', { STATUS: 'dnd' });
    expect(r.status).toBe(500);
    expect(r.body.error).toBe('INTERNAL_SERVER_ERROR');
    expect((await h.call('im.user.status.get')).body.result).toBe('online');
    await h.control('faults', 'POST', { statusSetFails: false });
    expect((await h.call('im.user.status.set', { STATUS: 'dnd' })).body.result).toBe(true);
  });
});
