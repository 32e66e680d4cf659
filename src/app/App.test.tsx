// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, setRestTransport, type PortalContext } from '../b24';
import { createFakeTransport, imUser, restError } from '../b24/testing';
import { I18nProvider } from '../i18n';
import { App } from './App';
import { ConnectionError } from './ConnectionError';
import { OutsidePortal } from './OutsidePortal';

const portal: PortalContext = {
  lang: 'en',
  placement: 'DEFAULT',
  placementOptions: {},
  isAdmin: true,
  isInstallMode: false,
  isSlider: false,
  domain: 'portal.example',
  origin: 'https://portal.example',
};

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
  setRestTransport(createFakeTransport({ 'im.user.get': () => imUser({ id: 1, name: 'Anna <b>Ivanova</b>' }) }));
});

afterEach(() => {
  cleanup();
  setRestTransport(null);
});

describe('App', () => {
  it('shows my name on the main page, as plain text', async () => {
    const { container } = renderApp(portal);
    expect(await screen.findByText('Hello, Anna <b>Ivanova</b>!')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('The people directory will appear here.')).toBeTruthy();
  });

  it('picks the screen by placement and install mode', async () => {
    renderApp({ ...portal, placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } });
    expect(await screen.findByText('The members of this chat will appear here.')).toBeTruthy();
    cleanup();
    renderApp({ ...portal, isInstallMode: true, lang: 'ru' });
    expect(await screen.findByText('Устанавливаем приложение…')).toBeTruthy();
  });

  it('explains a failure in words, naming the missing scope', async () => {
    setRestTransport(createFakeTransport({ 'im.user.get': () => restError('insufficient_scope', 403) }));
    renderApp(portal);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“im”');
    expect(alert.textContent).not.toContain('insufficient_scope');
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
