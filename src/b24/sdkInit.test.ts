// @vitest-environment happy-dom
/**
 * getInitData variants through the REAL SDK (B24Frame, its MessageManager and managers), with only
 * the parent window faked: what reaches PortalContext for each spelling a portal may use, and that
 * a FIRST_RUN of "N" no longer leaves the SDK waiting forever for a setInstall answer.
 */
import { ApiVersion, B24Frame, initializeB24Frame } from '@bitrix24/b24jssdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installInitDataFix } from './initData';
import { openSdkPortal } from './sdkPortal';
import { portalContextOf } from './sdkFrame';
import { DOCUMENTED_INIT_DATA, DOCUMENTED_PORTAL } from './testing';

const ORIGIN = DOCUMENTED_PORTAL.origin;
let initData: Record<string, unknown> = DOCUMENTED_INIT_DATA;
let received: string[] = [];
let uninstall: () => void = () => {};

/** The portal window: answers getInitData (and nothing else, like a portal not expecting setInstall). */
const fakeParent = {
  postMessage(message: unknown) {
    if (typeof message !== 'string') return;
    received.push(message.split(':')[0] ?? '');
    const parts = message.split(':');
    const callbackId = parts[parts.length - 2];
    if (parts[0] !== 'getInitData') return;
    setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data: `${callbackId}:${JSON.stringify(initData)}`, origin: ORIGIN })), 0);
  },
};

beforeEach(() => {
  received = [];
  window.name = 'portal.example|1|sid1';
  Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true });
  Object.defineProperty(globalThis, 'parent', { value: fakeParent, configurable: true });
});

afterEach(() => uninstall());

async function startFrame(data: Record<string, unknown>): Promise<B24Frame> {
  initData = data;
  uninstall = installInitDataFix(window, ORIGIN);
  const b24 = new B24Frame({ DOMAIN: 'portal.example', PROTOCOL: true, APP_SID: 'sid1', LANG: null });
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('init hung')), 1000));
  await Promise.race([b24.init(), timeout]);
  return b24;
}

describe('getInitData variants through the SDK', () => {
  it('reads the documented reply', async () => {
    const portal = portalContextOf(await startFrame(DOCUMENTED_INIT_DATA));
    expect(portal).toEqual(DOCUMENTED_PORTAL);
    expect(received).toEqual(['getInitData']);
  });

  it.each([
    [{ IS_ADMIN: 'Y', INSTALL: 'Y', FIRST_RUN: 'N' }, { isAdmin: true, isInstallMode: true }],
    [{ IS_ADMIN: 'N', INSTALL: 'N', FIRST_RUN: 'N' }, { isAdmin: false, isInstallMode: false }],
    [{ IS_ADMIN: 1, INSTALL: 0, FIRST_RUN: 0 }, { isAdmin: true, isInstallMode: false }],
    [{ IS_ADMIN: '0', INSTALL: '1', FIRST_RUN: '0' }, { isAdmin: false, isInstallMode: true }],
  ])('reads flags %j without waiting for setInstall', async (flags, expected) => {
    const b24 = await startFrame({ ...DOCUMENTED_INIT_DATA, ...flags });
    expect(portalContextOf(b24)).toMatchObject(expected);
    expect(received).toEqual(['getInitData']);
  });

  it.each([
    [{ dialogId: 'chat12' }, { dialogId: 'chat12' }],
    ['{"dialogId":"chat12","IFRAME":"Y"}', { dialogId: 'chat12', IFRAME: 'Y' }],
    [[], {}],
    [undefined, {}],
    ['', {}],
  ])('reads PLACEMENT_OPTIONS %j', async (options, expected: Record<string, unknown>) => {
    const portal = portalContextOf(await startFrame({ ...DOCUMENTED_INIT_DATA, PLACEMENT: 'IM_SIDEBAR', PLACEMENT_OPTIONS: options }));
    expect(portal.placement).toBe('IM_SIDEBAR');
    expect(portal.placementOptions).toEqual(expected);
    expect(portal.isSlider).toBe(expected.IFRAME === 'Y');
  });

  it.each([
    ['ru', 'ru'],
    ['RU ', 'ru'],
    ['ua', 'ua'],
    ['la', 'la'],
    [undefined, 'en'],
    ['', 'en'],
  ])('reads LANG %j as %s', async (lang, expected) => {
    expect(portalContextOf(await startFrame({ ...DOCUMENTED_INIT_DATA, LANG: lang })).lang).toBe(expected);
  });

  it('keeps https and a usable token when PROTOCOL and AUTH_EXPIRES are missing', async () => {
    const { PROTOCOL: _p, AUTH_EXPIRES: _e, ...partial } = DOCUMENTED_INIT_DATA;
    const b24 = await startFrame({ ...partial, AUTH_EXPIRES: 'soon' });
    expect(b24.getTargetOrigin()).toBe(ORIGIN);
    expect(b24.auth.getAuthData()).toMatchObject({ access_token: 'tok' });
    const again = await startFrame(partial);
    expect(again.getTargetOrigin()).toBe(ORIGIN);
    expect(again.auth.getAuthData()).toMatchObject({ access_token: 'tok', expires_in: 3600 });
  });

  it('opens the portal through openSdkPortal with the fixes installed', async () => {
    initData = { ...DOCUMENTED_INIT_DATA, FIRST_RUN: 'N', INSTALL: 'Y', IS_ADMIN: 'N', PLACEMENT_OPTIONS: '{"dialogId":"5"}', LANG: 'RU' };
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('init hung')), 1000));
    const opened = await Promise.race([openSdkPortal(), timeout]);
    expect(opened.portal).toMatchObject({ lang: 'ru', isAdmin: false, isInstallMode: true, placementOptions: { dialogId: '5' } });
    expect(received).toEqual(['getInitData']);
    // The SDK's own limiter stays as shipped: bursts of 50, then 2 requests a second, 503 retried.
    const sdk = await initializeB24Frame(); // the same (memoised) instance openSdkPortal started
    expect(sdk.getHttpClient(ApiVersion.v2).getRestrictionManagerParams()).toMatchObject({
      rateLimit: { burstLimit: 50, drainRate: 2 },
      maxRetries: 3,
    });
  });
});
