// @vitest-environment happy-dom
import { act, cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../b24';
import { createFakeFrame, createFakeTransport, restError, type FakeHandler } from '../../b24/testing';
import { I18nProvider } from '../../i18n';
import { InstallWizard } from './InstallWizard';
import { useInstall } from './useInstall';

function setup(opts: { isAdmin?: boolean; lang?: string; handlers?: Record<string, FakeHandler>; finish?: () => Promise<void> } = {}) {
  const rest = createFakeTransport({
    'placement.unbind': ({ PLACEMENT }) => ({ count: PLACEMENT === 'IM_SIDEBAR' ? 2 : 0 }),
    'placement.bind': () => true,
    ...opts.handlers,
  });
  const frame = createFakeFrame();
  if (opts.finish) frame.installFinish = opts.finish;
  setRestTransport(rest);
  setPortalFrame(frame);
  render(
    <StrictMode>
      <I18nProvider lang={opts.lang ?? 'en'}>
        <InstallWizard isAdmin={opts.isAdmin ?? true} />
      </I18nProvider>
    </StrictMode>,
  );
  const steps = () => within(screen.getByRole('list', { name: /steps|Шаги/ })).getAllByRole('listitem');
  const statusOf = (id: string) => steps().find((li) => li.dataset.step === id)?.dataset.status;
  return { rest, frame, steps, statusOf, user: userEvent.setup() };
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  cleanup();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('InstallWizard', () => {
  it('rebinds the chat sidebar and the left menu, then finishes the install once', async () => {
    const { rest, frame, statusOf } = setup();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Bitrix24 will open the app'));
    expect(rest.calls.map((c) => `${c.method} ${String(c.params.PLACEMENT)}`)).toEqual([
      'placement.unbind IM_SIDEBAR',
      'placement.bind IM_SIDEBAR',
      'placement.unbind LEFT_MENU',
      'placement.bind LEFT_MENU',
    ]);
    const sidebar = rest.calls[1]?.params;
    expect(sidebar).toMatchObject({ HANDLER: `${window.location.origin}/index.html`, OPTIONS: { iconName: 'fa-users' } });
    expect(sidebar?.LANG_ALL).toMatchObject({ en: { TITLE: 'Members' }, ru: { TITLE: 'Участники' } });
    expect(frame.sent).toEqual([['installFinish']]);
    expect(statusOf('IM_SIDEBAR')).toBe('done');
    expect(screen.getByText('Done, replacing the earlier one')).toBeTruthy();
    expect(statusOf('finish')).toBe('running');
  });

  it('shows a failing bind in words, does not finish, and retries', async () => {
    let refuse = true;
    const { rest, frame, statusOf, user } = setup({
      handlers: { 'placement.bind': () => (refuse ? restError('insufficient_scope', 403) : true) },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“placement”');
    expect(alert.textContent).toContain('not marked as installed');
    expect(statusOf('IM_SIDEBAR')).toBe('failed');
    expect(statusOf('finish')).toBe('pending');
    expect(frame.sent).toEqual([]);
    // The permission list marks the one to grant.
    const placement = screen.getByText('placement', { selector: 'code' }).closest('li');
    expect(placement?.textContent).toContain('not granted');
    expect(document.querySelectorAll('[data-missing]')).toHaveLength(1);

    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(document.activeElement).toBe(screen.getByRole('list', { name: 'Installation steps' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Bitrix24 will open the app'));
    expect(frame.sent).toEqual([['installFinish']]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(rest.calls.filter((c) => c.method === 'placement.unbind')).toHaveLength(3);
  });

  it('tells screen readers which step is under way', async () => {
    let answer: () => void = () => {};
    const bound = new Promise<boolean>((resolve) => (answer = () => resolve(true)));
    setup({ handlers: { 'placement.bind': () => bound } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Add the “Members” button to chat sidebars: In progress…'));
    answer();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Bitrix24 will open the app'));
  });

  it('skips the left menu when the portal does not offer it', async () => {
    const { frame, statusOf } = setup({
      handlers: {
        'placement.unbind': ({ PLACEMENT }) =>
          PLACEMENT === 'LEFT_MENU' ? restError('ERROR_PLACEMENT_NOT_FOUND', 400, 'Placement not found') : { count: 0 },
      },
    });
    await waitFor(() => expect(statusOf('finish')).toBe('running'));
    expect(statusOf('LEFT_MENU')).toBe('skipped');
    expect(frame.sent).toEqual([['installFinish']]);
  });

  it('tells a non-administrator why they cannot finish, and asks the portal nothing', () => {
    const { rest, frame } = setup({ isAdmin: false, lang: 'ru' });
    expect(screen.getByRole('heading', { name: 'Установить приложение может только администратор' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Шаги установки' })).toBeNull();
    expect(rest.calls).toEqual([]);
    expect(frame.sent).toEqual([]);
  });

  it('lists the permissions the app needs', () => {
    setup({ isAdmin: false });
    const codes = screen.getAllByRole('listitem').map((li) => li.querySelector('code')?.textContent);
    expect(codes).toEqual(['im', 'user_brief', 'department', 'placement']);
  });

  it('says so when the portal refuses the end of the installation', async () => {
    const { statusOf } = setup({
      finish: () => Promise.reject({ code: 'JSSDK_FRAME_INSTALL_ALREADY_FINISHED', status: 500, message: 'already' }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('did not accept the end of the installation');
    expect(statusOf('finish')).toBe('failed');
  });

  it('runs the install once at a time, however often retry is called', async () => {
    const rest = createFakeTransport({ 'placement.unbind': () => ({ count: 0 }), 'placement.bind': () => restError('QUERY_LIMIT_EXCEEDED', 503) });
    const frame = createFakeFrame();
    setRestTransport(rest);
    setPortalFrame(frame);
    const { result } = renderHook(() => useInstall(true, 'en', 'https://app.example/people/install.html'));
    await waitFor(() => expect(result.current.failed?.id).toBe('IM_SIDEBAR'));
    rest.handle({ 'placement.bind': () => true });
    act(() => {
      result.current.retry();
      result.current.retry();
    });
    await waitFor(() => expect(frame.sent).toEqual([['installFinish']]));
    expect(rest.calls.filter((c) => c.method === 'placement.bind')).toHaveLength(3); // 1 failed + 2 of one run
  });
});
