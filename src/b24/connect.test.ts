import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMe } from './api';
import { connect, detectPortalFrame, type OpenedPortal, type WindowLike } from './connect';
import { openMessenger, setPortalFrame, type PortalContext } from './frame';
import { setRestTransport } from './session';
import { createFakeFrame, createFakeTransport, imUser } from './testing';

const top = {};
function framed(name: string): WindowLike {
  const self = {};
  return { name, parent: top, self };
}
function standalone(name = ''): WindowLike {
  const self = {};
  return { name, parent: self, self };
}

const portal: PortalContext = {
  lang: 'ru',
  placement: 'DEFAULT',
  placementOptions: {},
  isAdmin: false,
  isInstallMode: false,
  isSlider: false,
  domain: 'localhost:5184',
  origin: 'http://localhost:5184',
};

afterEach(() => {
  setRestTransport(null);
  setPortalFrame(null);
  vi.useRealTimers();
});

describe('detectPortalFrame', () => {
  it('accepts a framed page with HOST|PROTOCOL|APP_SID', () => {
    expect(detectPortalFrame(framed('localhost:5184|0|abc123'))).toEqual({ inFrame: true, domain: 'localhost:5184', https: false, appSid: 'abc123' });
    expect(detectPortalFrame(framed('portal.example|1|9c33468728e1d2c8c97562475edfd96'))).toMatchObject({ inFrame: true, https: true });
  });

  it('refuses a page opened directly, whatever its window.name', () => {
    expect(detectPortalFrame(standalone())).toEqual({ inFrame: false, reason: 'not-in-frame' });
    // A stale name (e.g. the tab was a frame before) without a parent would make the SDK hang.
    expect(detectPortalFrame(standalone('localhost:5184|0|abc'))).toEqual({ inFrame: false, reason: 'not-in-frame' });
  });

  it.each(['', 'some-other-frame', 'localhost:5184|0', 'localhost:5184|2|abc', 'localhost:5184|0|', 'a b|0|x', 'h|0|s|extra'])(
    'refuses a frame named %j',
    (name) => {
      expect(detectPortalFrame(framed(name))).toEqual({ inFrame: false, reason: 'no-frame-name' });
    },
  );
});

describe('connect', () => {
  it('does not start the SDK outside a portal', async () => {
    const open = vi.fn();
    await expect(connect({ win: standalone(), open })).resolves.toEqual({ status: 'outside', reason: 'not-in-frame' });
    await expect(connect({ win: framed('x'), open })).resolves.toEqual({ status: 'outside', reason: 'no-frame-name' });
    expect(open).not.toHaveBeenCalled();
  });

  it('installs the transport and the frame once connected', async () => {
    const transport = createFakeTransport({ 'im.user.get': () => imUser({ id: 3, name: 'Anna Ivanova' }) });
    const frame = createFakeFrame();
    const opened: OpenedPortal = { portal, transport, frame };
    await expect(connect({ win: framed('localhost:5184|0|sid'), open: async () => opened })).resolves.toEqual({ status: 'connected', portal });
    expect((await fetchMe()).name).toBe('Anna Ivanova');
    openMessenger('chat5');
    expect(frame.sent).toEqual([['openMessenger', 'chat5']]);
  });

  it('fails with a clear error when the portal does not answer in time', async () => {
    vi.useFakeTimers();
    const result = connect({ win: framed('localhost:5184|0|sid'), open: () => new Promise<never>(() => {}), timeoutMs: 15_000 });
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(result).resolves.toMatchObject({ status: 'failed', error: { kind: 'network', code: 'CONNECT_TIMEOUT' } });
  });

  it('fails with the mapped error when the SDK rejects', async () => {
    const result = await connect({
      win: framed('localhost:5184|0|sid'),
      open: () => Promise.reject({ code: 'JSSDK_FRAME_BAD_PAYLOAD', status: 0, message: 'bad' }),
    });
    expect(result).toMatchObject({ status: 'failed', error: { kind: 'portal-error', code: 'JSSDK_FRAME_BAD_PAYLOAD' } });
  });
});
