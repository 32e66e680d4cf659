// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, setPortalFrame, setRestTransport, type PortalContext } from '../b24';
import { createFakeFrame, createFakeTransport, DOCUMENTED_PORTAL as portal, imUser, listAnswer, restError } from '../b24/testing';
import { I18nProvider } from '../i18n';
import { App } from './App';
import { ConnectionError } from './ConnectionError';
import { OutsidePortal } from './OutsidePortal';

const me = imUser({ id: 1, first_name: 'Anna', last_name: '<b>Ivanova</b>', name: 'Anna <b>Ivanova</b>' });
const olga = imUser({ id: 2, first_name: 'Olga', last_name: 'Petrova', name: 'Olga Petrova' });
const row = (u: typeof me) => ({
  ID: String(u.id),
  ACTIVE: true,
  NAME: u.first_name,
  LAST_NAME: u.last_name,
  IS_ONLINE: 'Y',
  UF_DEPARTMENT: [1],
  USER_TYPE: 'employee',
});

function renderApp(context: PortalContext) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider lang={context.lang}>
      <QueryClientProvider client={client}>
        <App portal={context} />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  setPortalFrame(createFakeFrame());
  setRestTransport(
    createFakeTransport({
      'im.user.get': () => me,
      'im.user.status.get': () => 'online',
      'department.get': () => listAnswer([{ ID: '1', NAME: 'Company', SORT: 500 }], 1),
      'user.get': () => listAnswer([row(me), row(olga)], 2),
      'im.user.list.get': () => [me, olga],
      'im.dialog.users.list': () => listAnswer([me, olga], 2),
    }),
  );
});

afterEach(() => {
  cleanup();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('App', () => {
  it('main page: my status card and the directory, names as plain text', async () => {
    const { container } = renderApp(portal);
    expect(await screen.findByRole('switch', { name: 'Do not disturb' })).toBeTruthy();
    expect(await screen.findByText('2 people')).toBeTruthy();
    expect(screen.getAllByText('Anna <b>Ivanova</b>', { exact: false }).length).toBeGreaterThan(0);
    expect(container.querySelector('b')).toBeNull();
  });

  it('chat sidebar shows the chat members; install mode shows the install page', async () => {
    renderApp({ ...portal, placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } });
    expect(await screen.findByRole('heading', { name: 'Chat members' })).toBeTruthy();
    expect(await screen.findByText('Olga Petrova')).toBeTruthy();
    cleanup();
    renderApp({ ...portal, isInstallMode: true, isAdmin: false, lang: 'ru' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Установка «Сотрудники и статусы»');
  });

  it('explains a failure in words, naming the missing scope', async () => {
    setRestTransport(
      createFakeTransport({
        'im.user.get': () => me,
        'im.user.status.get': () => 'online',
        'department.get': () => listAnswer([{ ID: '1', NAME: 'Company', SORT: 500 }], 1),
        'user.get': () => restError('insufficient_scope', 403),
      }),
    );
    renderApp(portal);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“user_brief”');
    expect(alert.textContent).toContain('Ask your Bitrix24 administrator');
  });
});

describe('pages outside a working portal', () => {
  it('explains in Russian how to open, develop and install the app', () => {
    render(
      <I18nProvider lang="ru-RU">
        <OutsidePortal />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Это приложение для Битрикс24');
    expect(screen.getByText('npm run dev')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getAllByRole('listitem')[2]?.textContent).toContain('im, user_brief, department и placement');
  });

  it('says the portal did not answer in time', () => {
    render(
      <I18nProvider lang="en">
        <ConnectionError error={new AppError('network', 'CONNECT_TIMEOUT', 'no answer')} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('did not answer within 15 seconds');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
