import { describe, expect, it } from 'vitest';
import { appEntryUrl, buildAppLaunch, frameName, newAppSid, type LaunchInput } from './launch';

const session = { AUTH_ID: 'tok1', AUTH_EXPIRES: 3600, REFRESH_ID: 'ref1', MEMBER_ID: 'mem1', DOMAIN: 'localhost:5184' };

const input: LaunchInput = {
  appUrl: 'http://localhost:5183/',
  host: 'localhost:5184',
  secure: false,
  lang: 'ru',
  appSid: '0123456789abcdef0123456789abcdef',
  session,
  placement: 'IM_SIDEBAR',
  placementOptions: { dialogId: 'chat3' },
  staticApp: false,
  install: false,
};

describe('newAppSid', () => {
  it('makes 32 lowercase hex digits, different each time', () => {
    const a = newAppSid();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newAppSid()).not.toBe(a);
  });

  it('encodes the random bytes', () => {
    expect(newAppSid((b) => b.fill(0xab))).toBe('ab'.repeat(16));
  });
});

describe('frameName', () => {
  it('joins host, protocol flag and sid with pipes', () => {
    expect(frameName('localhost:5184', false, 'sid')).toBe('localhost:5184|0|sid');
    expect(frameName('portal.example', true, 'sid')).toBe('portal.example|1|sid');
  });
});

describe('buildAppLaunch', () => {
  it('posts the portal fields to the handler URL with the query the portal adds', () => {
    const launch = buildAppLaunch(input);
    expect(launch.method).toBe('POST');
    expect(launch.frameName).toBe('localhost:5184|0|0123456789abcdef0123456789abcdef');
    const url = new URL(launch.action);
    expect(url.origin + url.pathname).toBe('http://localhost:5183/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      DOMAIN: 'localhost:5184',
      PROTOCOL: '0',
      LANG: 'ru',
      APP_SID: '0123456789abcdef0123456789abcdef',
    });
    expect(launch.fields).toEqual({
      AUTH_ID: 'tok1',
      AUTH_EXPIRES: '3600',
      REFRESH_ID: 'ref1',
      member_id: 'mem1',
      status: 'L',
      PLACEMENT: 'IM_SIDEBAR',
      PLACEMENT_OPTIONS: '{"dialogId":"chat3"}',
    });
  });

  it('opens a static app by GET without POST fields', () => {
    const launch = buildAppLaunch({ ...input, staticApp: true, install: true });
    expect(launch.method).toBe('GET');
    expect(launch.fields).toEqual({});
    expect(new URL(launch.action).pathname).toBe('/install.html');
  });
});

describe('appEntryUrl', () => {
  it('keeps the handler URL as configured', () => {
    expect(appEntryUrl('http://localhost:5173/', false, true).href).toBe('http://localhost:5173/');
    expect(appEntryUrl('http://localhost:5173/index.html', false, false).href).toBe('http://localhost:5173/index.html');
  });

  it('picks index.html or install.html in the app folder for a static app', () => {
    expect(appEntryUrl('http://localhost:5183/', true, false).pathname).toBe('/index.html');
    expect(appEntryUrl('http://localhost:5183/app/index.html', true, true).pathname).toBe('/app/install.html');
  });
});
