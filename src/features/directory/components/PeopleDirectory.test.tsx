// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { I18nProvider } from '../../../i18n';
import { createFakeDirectoryPortal, type FakeDirectoryPortal } from '../testing/fakeDirectoryPortal';
import { PeopleDirectory } from './PeopleDirectory';

// happy-dom does no layout: give the list's scroll box a height so the virtualiser renders rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'people-scroll' ? 600 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

let portal: FakeDirectoryPortal;

function show(lang = 'en') {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <I18nProvider lang={lang}>
        <PeopleDirectory />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  portal = createFakeDirectoryPortal(120);
  portal.users[4]!.first_name = '<img src=x onerror=alert(1)>Eve';
  portal.users[4]!.name = '<img src=x onerror=alert(1)>Eve Last00005';
});

afterEach(() => {
  cleanup();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('PeopleDirectory', () => {
  it('lists everyone with presence, a bounded number of rows, and the count', async () => {
    show();
    await screen.findByText('120 people');
    const list = screen.getByRole('listbox', { name: 'People' });
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(40);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('120');
    await waitFor(() => expect(options[0]!.getAttribute('data-presence-source')).toBe('im'));
    expect(within(options[0]!).getByRole('img', { name: 'Online' })).toBeTruthy();
  });

  it('search narrows and counts; an empty result says why', async () => {
    const user = userEvent.setup();
    show();
    await screen.findByText('120 people');
    const search = screen.getByRole('searchbox', { name: 'Search people' });
    await user.type(search, 'Last0011');
    expect(await screen.findByText('10 of 120')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'nobody');
    expect(await screen.findByText('No one matches')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByText('120 people')).toBeTruthy();
  });

  it('renders an HTML name as text', async () => {
    const user = userEvent.setup();
    const { container } = show();
    await screen.findByText('120 people');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'Last00005');
    await screen.findByText('1 of 120');
    expect(screen.getByText('<img src=x onerror=alert(1)>Eve Last00005')).toBeTruthy();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('the card sends the three portal commands', async () => {
    const user = userEvent.setup();
    show();
    await screen.findByText('120 people');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'Last00007');
    await screen.findByText('1 of 120');
    await user.click(within(screen.getByRole('listbox', { name: 'People' })).getByRole('option'));
    const card = await screen.findByRole('dialog');
    await user.click(within(card).getByRole('button', { name: 'Write' }));
    await user.click(within(card).getByRole('button', { name: 'Call' }));
    await user.click(within(card).getByRole('button', { name: 'Open profile' }));
    expect(portal.frame.sent).toEqual([
      ['openMessenger', '7'],
      ['callUser', 7, false],
      ['openProfile', 7],
    ]);
  });

  it('shows the reason and a retry when the directory cannot load', async () => {
    const user = userEvent.setup();
    portal.rest.handle({ 'user.get': () => ({ code: 'insufficient_scope', status: 403, message: 'no' }) });
    show();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the people directory');
    expect(alert.textContent).toContain('“user_brief”');
    createFakeDirectoryPortal(3);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('3 people')).toBeTruthy();
  });

  it('speaks Russian', async () => {
    show('ru');
    expect(await screen.findByText('120 сотрудников')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Поиск сотрудников' })).toBeTruthy();
  });
});
