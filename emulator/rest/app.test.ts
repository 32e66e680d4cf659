import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { APP_INFO_KEYS, ATOM, PROFILE_KEYS } from '../testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());

describe('app.info', () => {
  it('has the documented keys; INSTALLED follows install mode and install-finish', async () => {
    const installed = await h.call('app.info');
    expect(installed.status).toBe(200);
    expect(Object.keys(installed.body.result)).toEqual(APP_INFO_KEYS);
    expect(installed.body.result.INSTALLED).toBe(true);
    expect(installed.body.result.STATUS).toBe('L');

    await h.reset({ install: true });
    expect((await h.call('app.info')).body.result.INSTALLED).toBe(false);
    const state = (await h.control('install-finish', 'POST')).body;
    expect(state.portal.installed).toBe(true);
    expect((await h.call('app.info')).body.result.INSTALLED).toBe(true);
  });
});

describe('profile, server.time, scope', () => {
  it('profile: ID, ADMIN (config.isAdmin for the current user), names', async () => {
    const r = await h.call('profile');
    expect(Object.keys(r.body.result)).toEqual(PROFILE_KEYS);
    expect(r.body.result).toMatchObject({ ID: '1', ADMIN: true });
    await h.control('config', 'PATCH', { isAdmin: false });
    expect((await h.call('profile')).body.result.ADMIN).toBe(false);
    await h.control('config', 'PATCH', { isAdmin: true });
  });

  it('server.time is an ATOM string with the portal offset', async () => {
    const r = await h.call('server.time');
    expect(r.body.result).toMatch(ATOM);
    expect(r.body.result.endsWith('+03:00')).toBe(true);
    expect(Math.abs(Date.parse(r.body.result) - Date.now())).toBeLessThan(5000);
  });

  it('scope lists the granted scopes (full=true: all known)', async () => {
    await h.control('config', 'PATCH', { scopes: ['im', 'user_brief'] });
    expect((await h.call('scope')).body.result).toEqual(['im', 'user_brief']);
    expect((await h.call('scope', { full: true })).body.result).toContain('department');
  });
});
