import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { problemsError, problemsTime } from '../testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.reset({ bucketEnabled: false, presenceChurn: false });
});

describe('request forms', () => {
  it('answers the SDK form: POST /rest/<method>?bx24_… with JSON body + auth', async () => {
    const r = await h.call('user.current');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.keys(r.body)).toEqual(['result', 'time']);
    expect(r.body.result.ID).toBe('1');
    expect(problemsTime(r.body.time)).toEqual([]);
  });

  it('accepts the .json suffix and any case of the method name', async () => {
    const a = await h.raw(`/rest/USER.Current.json?auth=${h.token}`);
    expect(a.status).toBe(200);
    expect(a.body.result.ID).toBe('1');
  });

  it('takes parameters and auth from a GET query string with PHP brackets', async () => {
    const r = await h.raw(`/rest/im.user.list.get?auth=${h.token}&ID[]=1&ID[]=2&RESULT_TYPE=array`);
    expect(r.status).toBe(200);
    expect(r.body.result.map((u: { id: number }) => u.id)).toEqual([1, 2]);
  });

  it('takes a form-urlencoded body with PHP brackets', async () => {
    const body = `auth=${h.token}&FILTER%5BID%5D%5B0%5D=3&FILTER%5BID%5D%5B1%5D=4&select%5B%5D=ID`;
    const r = await h.raw('/rest/user.get', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(r.status).toBe(200);
    expect(r.body.result).toEqual([{ ID: '3' }, { ID: '4' }]);
  });

  it('takes the token from Authorization: Bearer', async () => {
    const r = await h.raw('/rest/user.current', { method: 'POST', headers: { authorization: `Bearer ${h.token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(200);
  });

  it('prints <, >, & and \' as \\u escapes like PHP, and the string survives JSON.parse', async () => {
    const r = await h.call('im.user.get', { ID: 9 });
    expect(r.text).toContain('\\u003Cimg src=x onerror=alert(1)\\u003EHacker');
    expect(r.text).not.toContain('<img');
    expect(r.body.result.first_name).toBe('<img src=x onerror=alert(1)>Hacker');
  });
});

describe('auth and method errors', () => {
  it('401 NO_AUTH_FOUND without a token and with an unknown token', async () => {
    for (const token of [null, 'nope']) {
      const r = await h.call('user.current', {}, { token });
      expect(r.status).toBe(401);
      expect(problemsError(r.body, 'NO_AUTH_FOUND')).toEqual([]);
      expect(r.body.error_description).toBe('Wrong authorization data');
    }
  });

  it('404 ERROR_METHOD_NOT_FOUND "Method not found!" for an unknown method', async () => {
    const r = await h.call('im.user.teleport');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
  });

  it('403 insufficient_scope when the app lacks the scope, basic methods still work', async () => {
    await h.control('config', 'PATCH', { scopes: ['user_brief'] });
    const im = await h.call('im.user.get');
    expect(im.status).toBe(403);
    expect(problemsError(im.body, 'insufficient_scope')).toEqual([]);
    const dep = await h.call('department.get');
    expect(dep.status).toBe(403);
    expect((await h.call('app.info')).status).toBe(200);
    expect((await h.call('user.get')).status).toBe(200);
    await h.control('config', 'PATCH', { scopes: ['im'] });
    expect((await h.call('user.get')).status).toBe(403);
  });
});

describe('CORS', () => {
  it('answers the preflight with the request origin and the portal header list (no Authorization)', async () => {
    const r = await fetch(`${h.base}/rest/user.get?bx24_request_id=1`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(r.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept');
    expect(r.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  });

  it('puts CORS headers on successes and errors; * without an Origin', async () => {
    const ok = await h.call('user.current', {}, { origin: 'http://app.example' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://app.example');
    const err = await h.call('user.current', {}, { token: null, origin: 'http://app.example' });
    expect(err.headers.get('access-control-allow-origin')).toBe('http://app.example');
    const noOrigin = await h.raw(`/rest/server.time?auth=${h.token}`);
    expect(noOrigin.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('REST log', () => {
  it('records method, params without auth, status, duration, error and user; not preflights', async () => {
    await h.control('log', 'DELETE');
    await fetch(`${h.base}/rest/user.get`, { method: 'OPTIONS', headers: { origin: 'http://x' } });
    await h.call('user.get', { filter: { ID: 2 } });
    await h.call('im.user.status.set', { STATUS: 'nope' });
    await h.call('batch', { cmd: ['user.current?', 'server.time?'] });
    const log = (await h.control('log')).body.entries;
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ method: 'user.get', params: { filter: { ID: 2 } }, httpStatus: 200, userId: 1 });
    expect(log[0].params).not.toHaveProperty('auth');
    expect(log[0].params).not.toHaveProperty('bx24_request_id');
    expect(typeof log[0].durationMs).toBe('number');
    expect(log[1]).toMatchObject({ method: 'im.user.status.set', httpStatus: 400, error: 'STATUS_ERROR' });
    expect(log[2]).toMatchObject({ method: 'batch', commands: ['user.current', 'server.time'] });
    const since = (await h.control(`log?since=${log[1].id}`)).body.entries;
    expect(since.map((e: { method: string }) => e.method)).toEqual(['batch']);
  });
});
