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
    expect(screen.getByText(/No name, position or department starts with “nobody”/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    expect(await screen.findByText('120 people')).toBeTruthy();
  });

  it('says when the filters, not the search, hide people, and shows them again in one click', async () => {
    const user = userEvent.setup();
    show();
    await screen.findByText('120 people');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'Last0001');
    expect(await screen.findByText('10 of 120')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Away');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), '3');
    expect(await screen.findByText('No one with these filters')).toBeTruthy();
    expect(screen.getByText('10 people match “Last0001”, but not with the filters “Away” and “Department 3”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show all 10 matches' }));
    expect(await screen.findByText('10 of 120')).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search people' }) as HTMLInputElement).value).toBe('Last0001');
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('all');
  });

  it('with a filter alone, names it in a sentence and clears it', async () => {
    const user = userEvent.setup();
    portal = createFakeDirectoryPortal(12, { departments: 4 }); // nobody is in Department 4
    show();
    await screen.findByText('12 people');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), '4');
    expect(await screen.findByText('Nobody is listed in “Department 4”.')).toBeTruthy();
    // The closed field shows the plain name, not the tree indentation of its option.
    expect(screen.getByTestId('select-display').textContent).toBe('Department 4');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('12 people')).toBeTruthy();
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

  it('the card shows department paths, copies the e-mail with a spoken confirmation, and marks a birthday today', async () => {
    const user = userEvent.setup();
    const today = new Date();
    const seven = portal.users[6]!;
    seven.email = 'first7@example.com';
    seven.birthday = `${String(today.getDate()).padStart(2, '0')}-${String(today.getMonth() + 1).padStart(2, '0')}`;
    seven.departments = [2];
    show();
    await screen.findByText('120 people');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'Last00007');
    await screen.findByText('1 of 120');
    const row = within(screen.getByRole('listbox', { name: 'People' })).getByRole('option');
    await waitFor(() => expect(within(row).queryByTestId('birthday-today')).toBeTruthy());
    expect(row.getAttribute('aria-describedby')).toMatch(/-birthday$/);
    await user.click(row);
    const card = await screen.findByRole('dialog');
    expect(within(card).getByText('Birthday today')).toBeTruthy();
    // Department 2 sits under Department 1, the company root, which is left out of the path.
    expect(within(card).getByText('Department 2')).toBeTruthy();
    expect(within(card).queryByText('Department 1')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Copy e-mail' }));
    await waitFor(() => expect(within(card).getByRole('status').textContent).toBe('E-mail copied'));
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

  it('a portal that sends no total: everyone is listed, counted as they arrive', async () => {
    createFakeDirectoryPortal(120, { paging: { total: false } });
    show();
    expect(await screen.findByText('120 people')).toBeTruthy();
    expect(screen.getByTestId('people-directory').querySelector('[data-loaded="complete"]')?.getAttribute('data-total')).toBe('120');
  });

  it('a big portal that does not sort as asked: the list says its order is the portal’s', async () => {
    createFakeDirectoryPortal(10_000, { paging: { sorted: false } });
    show();
    expect(await screen.findByTestId('directory-portal-order')).toBeTruthy();
    expect(screen.getByTestId('directory-portal-order').textContent).toContain('shown in the portal’s own order');
  });

  it('a sorting big portal gets no such note', async () => {
    createFakeDirectoryPortal(10_000);
    show();
    await screen.findByText('10,000 people');
    expect(screen.queryByTestId('directory-portal-order')).toBeNull();
  });

  it('without a total and more than 5 000 people, switches to server paging and counts "at least"', async () => {
    createFakeDirectoryPortal(5200, { paging: { total: false } });
    show();
    expect(await screen.findByText(/^At least 5,0\d\d people$/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/This portal has more than 5,000 people/)).toBeTruthy();
    expect(screen.getByTestId('people-directory').querySelector('[data-directory-mode="paged"]')).toBeTruthy();
  });

  it('speaks Russian', async () => {
    show('ru');
    expect(await screen.findByText('120 сотрудников')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Поиск сотрудников' })).toBeTruthy();
  });
});
