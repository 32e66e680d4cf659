import { MessageCommands, OptionsManager, SdkError } from '@bitrix24/b24jssdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSdkFrame, type FrameCommandsSdk } from './sdkFrame';

const ORIGIN = 'https://portal.example';

/** A B24Frame stand-in: the SDK's real OptionsManager over a recorded message channel. */
function fakeSdk(initData: { USER_OPTIONS?: Record<string, unknown> } = {}) {
  const send = vi.fn(async (_command: string, _params?: unknown) => ({}));
  const options = new OptionsManager({ send } as never);
  options.initData(initData as never);
  const parent = {
    imOpenMessenger: vi.fn(() => Promise.reject(new Error('portal gone'))),
    imCallTo: vi.fn(() => Promise.resolve()),
    resizeWindow: vi.fn(() => Promise.resolve()),
    fitWindow: vi.fn(() => Promise.resolve({ isSafely: true })),
    setTitle: vi.fn(() => Promise.resolve()),
    message: { send },
  };
  const slider = {
    getUrl: (path: string) => new URL(path, ORIGIN),
    openPath: vi.fn(() => new Promise<never>(() => {})), // resolves only when the slider closes
  };
  const installFinish = vi.fn(() => Promise.reject(new SdkError({ code: 'JSSDK_FRAME_INSTALL_ALREADY_FINISHED', status: 0, description: 'installed' })));
  const sdk = { parent, slider, options, installFinish } as unknown as FrameCommandsSdk;
  return { sdk, send, parent, slider };
}

afterEach(() => vi.restoreAllMocks());

describe('createSdkFrame', () => {
  it('opens a profile in a slider without waiting for it to close', () => {
    const { sdk, slider } = fakeSdk();
    expect(createSdkFrame(sdk).openProfile(42)).toBeUndefined();
    expect(slider.openPath).toHaveBeenCalledWith(new URL('/company/personal/user/42/', ORIGIN));
  });

  it('never leaves a failed fire-and-forget command unhandled', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { sdk, parent } = fakeSdk();
    createSdkFrame(sdk).openMessenger(12);
    expect(parent.imOpenMessenger).toHaveBeenCalledWith('12');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('imOpenMessenger'));
  });

  it('starts calls with the video flag', () => {
    const { sdk, parent } = fakeSdk();
    createSdkFrame(sdk).callUser(7, false);
    expect(parent.imCallTo).toHaveBeenCalledWith(7, false);
  });

  it('reads user options, with falsy values as unset', () => {
    const { sdk } = fakeSdk({ USER_OPTIONS: { dndUntil: '1700000000000', empty: '', zero: 0 } });
    const frame = createSdkFrame(sdk);
    expect(frame.getUserOption('dndUntil')).toBe('1700000000000');
    expect(frame.getUserOption('empty')).toBeNull();
    expect(frame.getUserOption('zero')).toBeNull();
    expect(frame.getUserOption('missing')).toBeNull();
  });

  it('stores a user option through the SDK', async () => {
    const { sdk, send } = fakeSdk({ USER_OPTIONS: { a: '1' } });
    const frame = createSdkFrame(sdk);
    await frame.setUserOption('a', '2');
    expect(send).toHaveBeenCalledWith(MessageCommands.setUserOption, expect.objectContaining({ name: 'a', value: '2' }));
    expect(frame.getUserOption('a')).toBe('2');
  });

  it('still stores a user option when the portal sent no USER_OPTIONS (SDK TypeError)', async () => {
    const { sdk, send } = fakeSdk({});
    const frame = createSdkFrame(sdk);
    await expect(frame.setUserOption('theme', 'dark')).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledWith(MessageCommands.setUserOption, { name: 'theme', value: 'dark', isSafely: true });
    expect(frame.getUserOption('theme')).toBe('dark');
  });

  it('turns an installFinish refusal into an AppError', async () => {
    const { sdk } = fakeSdk();
    await expect(createSdkFrame(sdk).installFinish()).rejects.toMatchObject({
      name: 'AppError',
      code: 'JSSDK_FRAME_INSTALL_ALREADY_FINISHED',
    });
  });

  it('rounds and clamps window sizes', async () => {
    const { sdk, parent } = fakeSdk();
    await createSdkFrame(sdk).resizeWindow(640.4, 0);
    expect(parent.resizeWindow).toHaveBeenCalledWith(640, 1);
  });
});
