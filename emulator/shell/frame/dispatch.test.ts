import { describe, expect, it, vi } from 'vitest';
import type { SelectedUser } from '../api/users';
import { dispatchFrameCommand, type CommandContext } from './dispatch';
import type { FrameMessage } from './message';

function message(command: string, params?: unknown): FrameMessage {
  return { command, params, callbackId: 'cb', appSid: 'sid' };
}

const anna: SelectedUser = { id: '5', name: 'Anna', photo: '', position: '', url: '/company/personal/user/5/', sub: false, sup: false };

function context(overrides: Partial<CommandContext> = {}): CommandContext & { notices: string[] } {
  const notices: string[] = [];
  return {
    notices,
    placement: () => ({ placement: 'DEFAULT', placementOptions: {} }),
    isAdmin: () => true,
    initData: async () => ({ AUTH_ID: 'a' }),
    refreshAuth: async () => ({ AUTH_ID: 'b', AUTH_EXPIRES: 3600, REFRESH_ID: 'r' }),
    resize: async () => ({ width: 640, height: 480 }),
    setTitle: vi.fn(),
    scrollTo: vi.fn(),
    relaunch: vi.fn(),
    saveOption: vi.fn(async () => true),
    installFinish: vi.fn(async () => {}),
    reloadPage: vi.fn(),
    notice: (text) => notices.push(text),
    label: async () => 'Anna Ivanova',
    openPath: async () => {},
    openApplication: async () => {},
    pickUsers: async () => [anna],
    ...overrides,
  };
}

describe('dispatchFrameCommand', () => {
  it('answers getInitData, setInstall and refreshAuth', async () => {
    const ctx = context();
    expect(await dispatchFrameCommand(message('getInitData'), ctx)).toEqual({ answered: true, result: { AUTH_ID: 'a' } });
    expect(await dispatchFrameCommand(message('setInstall', { install: true }), ctx)).toEqual({
      answered: true,
      result: { install: true },
    });
    expect(await dispatchFrameCommand(message('refreshAuth'), ctx)).toMatchObject({ answered: true, result: { AUTH_ID: 'b' } });
  });

  it('resizes the frame and answers with the actual size', async () => {
    const resize = vi.fn(async () => ({ width: 600, height: 480 }));
    const answer = await dispatchFrameCommand(message('resizeWindow', { width: 640, height: 480 }), context({ resize }));
    expect(resize).toHaveBeenCalledWith({ width: '640px', height: '480px' });
    expect(answer).toEqual({ answered: true, result: { width: 600, height: 480 } });
  });

  it('does not answer resizeWindow in slider mode', async () => {
    const resize = vi.fn(async () => ({ width: 1, height: 1 }));
    const ctx = context({ resize, placement: () => ({ placement: 'DEFAULT', placementOptions: { IFRAME: 'Y' } }) });
    expect(await dispatchFrameCommand(message('resizeWindow', { width: 640, height: 480 }), ctx)).toMatchObject({
      answered: false,
    });
    expect(resize).not.toHaveBeenCalled();
  });

  it('sets the title in DEFAULT and stays silent elsewhere', async () => {
    const setTitle = vi.fn();
    expect(await dispatchFrameCommand(message('setTitle', { title: 'T: 1' }), context({ setTitle }))).toEqual({
      answered: true,
      result: { title: 'T: 1' },
    });
    expect(setTitle).toHaveBeenCalledWith('T: 1');
    const sidebar = context({ setTitle, placement: () => ({ placement: 'IM_SIDEBAR', placementOptions: {} }) });
    expect(await dispatchFrameCommand(message('setTitle', { title: 'x' }), sidebar)).toMatchObject({ answered: false });
    expect(setTitle).toHaveBeenCalledTimes(1);
  });

  it('persists user options and app options (admins only)', async () => {
    const saveOption = vi.fn(async () => true);
    const ctx = context({ saveOption });
    expect(await dispatchFrameCommand(message('setUserOption', { name: 'theme', value: 'dark' }), ctx)).toEqual({
      answered: true,
      result: { name: 'theme', value: 'dark' },
    });
    expect(saveOption).toHaveBeenCalledWith('user', 'theme', 'dark');
    expect(await dispatchFrameCommand(message('setAppOption', { name: 'c', value: 1 }), ctx)).toEqual({
      answered: true,
      result: { name: 'c', value: 1 },
    });
    expect(saveOption).toHaveBeenLastCalledWith('app', 'c', 1);
    const user = context({ saveOption, isAdmin: () => false });
    expect(await dispatchFrameCommand(message('setAppOption', { name: 'c', value: 2 }), user)).toMatchObject({
      answered: false,
    });
    expect(saveOption).toHaveBeenCalledTimes(2);
  });

  it('shows a notice for im* commands and never answers them', async () => {
    const ctx = context();
    const answer = await dispatchFrameCommand(message('imOpenMessenger', { dialogId: '5' }), ctx);
    expect(answer.answered).toBe(false);
    expect(ctx.notices).toEqual(['Would open a chat with Anna Ivanova']);
  });

  it('answers openPath with result close once the slider is closed', async () => {
    let close: () => void = () => {};
    const opened: string[] = [];
    const ctx = context({
      openPath: (path) => {
        opened.push(path);
        return new Promise<void>((resolve) => (close = resolve));
      },
    });
    const pending = dispatchFrameCommand(message('openPath', { path: '/crm/deal/../../company/personal/user/5/' }), ctx);
    await Promise.resolve();
    expect(opened).toEqual(['/company/personal/user/5/']);
    close();
    expect(await pending).toEqual({ answered: true, result: { result: 'close' } });
  });

  it('answers openApplication with no data when its slider closes', async () => {
    expect(await dispatchFrameCommand(message('openApplication', { bx24_title: 'T' }), context())).toEqual({
      answered: true,
      result: undefined,
    });
  });

  it('returns one user for selectUser, a list for mult, and nothing when cancelled', async () => {
    expect(await dispatchFrameCommand(message('selectUser', { mult: false }), context())).toEqual({
      answered: true,
      result: anna,
    });
    expect(await dispatchFrameCommand(message('selectUser', { mult: true }), context())).toEqual({
      answered: true,
      result: [anna],
    });
    expect(
      await dispatchFrameCommand(message('selectUser', { mult: false }), context({ pickUsers: async () => null })),
    ).toMatchObject({ answered: false });
  });

  it('finishes the install and reloads the page only after the message is handled', async () => {
    const installFinish = vi.fn(async () => {});
    const reloadPage = vi.fn();
    const answer = await dispatchFrameCommand(message('setInstallFinish'), context({ installFinish, reloadPage }));
    expect(answer.answered).toBe(false);
    expect(installFinish).toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
    answer.after?.();
    expect(reloadPage).toHaveBeenCalled();
  });

  it('relaunches on reloadWindow without answering', async () => {
    const relaunch = vi.fn();
    const answer = await dispatchFrameCommand(message('reloadWindow'), context({ relaunch }));
    expect(answer.answered).toBe(false);
    answer.after?.();
    expect(relaunch).toHaveBeenCalled();
  });

  it('answers getInterface and ignores commands the portal does not answer', async () => {
    expect(await dispatchFrameCommand(message('getInterface'), context())).toEqual({
      answered: true,
      result: { command: [], event: [] },
    });
    expect((await dispatchFrameCommand(message('closeApplication'), context())).answered).toBe(false);
    expect((await dispatchFrameCommand(message('unknownThing', {}), context())).answered).toBe(false);
  });
});
