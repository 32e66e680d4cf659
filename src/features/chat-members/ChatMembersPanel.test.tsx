// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../b24';
import { createFakeFrame, createFakeTransport, imUser, listAnswer, restError } from '../../b24/testing';
import type { RestParams } from '../../b24/transport';
import { I18nProvider } from '../../i18n';
import { peopleKeys } from '../../people/queries';
import type { Person } from '../../people/types';
import { ChatMembersPanel } from './ChatMembersPanel';

const ATOM_NOW = new Date().toISOString();
const LONG_AGO = new Date(Date.now() - 5 * 24 * 3600_000).toISOString();

let client: QueryClient;

/** Me (id 1) and `count - 1` others; odd ids were active just now, even ids days ago. */
function members(count: number) {
  return Array.from({ length: count }, (_, i) =>
    imUser({
      id: i + 1,
      first_name: i === 0 ? 'Me' : `Name${String(i + 1).padStart(3, '0')}`,
      last_name: i === 0 ? 'Myself' : `Family${String(i + 1).padStart(3, '0')}`,
      last_activity_date: i % 2 === 0 ? ATOM_NOW : LONG_AGO,
    }),
  );
}

/** The member names in the list, in order. */
function shownNames(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((row) => row.querySelector('[data-member-name]')?.textContent ?? '');
}

function setup(opts: { users?: ReturnType<typeof members>; dialogs?: (params: RestParams) => unknown; dialogId?: unknown } = {}) {
  const users = opts.users ?? members(4);
  const rest = createFakeTransport({
    'im.user.get': () => imUser({ id: 1, first_name: 'Me', last_name: 'Myself', last_activity_date: ATOM_NOW }),
    'im.user.status.get': () => 'online',
    'im.dialog.users.list':
      opts.dialogs ??
      (({ OFFSET, LIMIT }) => listAnswer(users.slice(Number(OFFSET), Number(OFFSET) + Number(LIMIT)), users.length)),
    'im.user.list.get': ({ ID }) => users.filter((u) => (ID as number[]).includes(u.id)),
  });
  const frame = createFakeFrame();
  setRestTransport(rest);
  setPortalFrame(frame);
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nProvider lang="en">
      <QueryClientProvider client={client}>
        <ChatMembersPanel dialogId={'dialogId' in opts ? opts.dialogId : 'chat7'} top={<p>STATUS CARD</p>} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { rest, frame, user: userEvent.setup() };
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  cleanup();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('ChatMembersPanel', () => {
  it('lists the chat’s members, reachable first, with presence in words, after one request', async () => {
    const { rest } = setup();
    const list = await screen.findByRole('list', { name: /Members/ });
    // Online first (by last name: Family003 before Myself), then the offline ones.
    expect(shownNames(list)).toEqual(['Name003 Family003', 'Me Myself (you)', 'Name002 Family002', 'Name004 Family004']);
    const rows = within(list).getAllByRole('listitem');
    expect(within(rows[0]!).getAllByText('Online').length).toBeGreaterThan(0);
    expect(within(rows[2]!).getByText(/last seen/)).toBeTruthy();
    expect(screen.getByText(/^4 members/)).toBeTruthy();
    expect(screen.getByText('2 online now')).toBeTruthy();
    expect(screen.getByText('STATUS CARD')).toBeTruthy();
    expect(rest.batches).toHaveLength(1);
    expect(rest.calls.filter((c) => c.method !== 'batch').map((c) => c.method).sort()).toEqual([
      'im.dialog.users.list',
      'im.user.get',
      'im.user.status.get',
    ]);
  });

  it('writes to a member when their row is chosen, and opens a profile from the small button', async () => {
    const { frame, user } = setup();
    await user.click(await screen.findByRole('button', { name: /Name003 Family003.*Write a message/ }));
    await user.click(screen.getByRole('button', { name: 'Open the profile of Name004 Family004' }));
    await user.click(screen.getByRole('button', { name: /Me Myself.*Open my profile/ }));
    expect(frame.sent).toEqual([['openMessenger', '3'], ['openProfile', 4], ['openProfile', 1]]);
  });

  it('shows my own row as my status card has it, without waiting for a refresh', async () => {
    setup();
    const list = await screen.findByRole('list', { name: /Members/ });
    const myRow = () => within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('(you)'))!;
    expect(within(myRow()).getAllByText('Online').length).toBeGreaterThan(0);
    const me = client.getQueryData<Person>(peopleKeys.me())!;
    act(() => void client.setQueryData(peopleKeys.me(), { ...me, presence: { ...me.presence, status: 'dnd' } }));
    await waitFor(() => expect(within(myRow()).getAllByText('Do not disturb').length).toBeGreaterThan(0));
  });

  it('shows no status card before the first request has finished', () => {
    setup({ dialogs: () => new Promise(() => {}) });
    expect(screen.queryByText('STATUS CARD')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Loading the chat’s members');
  });

  it('says so when the portal lets me see nobody (an empty list)', async () => {
    setup({ dialogs: () => listAnswer([], 0) });
    expect(await screen.findByText('You can’t see who is in this chat')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says so when the portal refuses the chat', async () => {
    setup({ dialogs: () => restError('ACCESS_ERROR', 403, "You don't have access to this chat") });
    expect(await screen.findByText('You can’t see who is in this chat')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains other failures in words and retries', async () => {
    let fail = true;
    const users = members(3);
    const { user } = setup({
      dialogs: () => (fail ? restError('insufficient_scope', 403) : listAnswer(users, 3)),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“im”');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^3 members/)).toBeTruthy();
  });

  it('finds members by name in a bigger chat', async () => {
    const { user } = setup({ users: members(20) });
    await user.type(await screen.findByRole('searchbox', { name: 'Find a member' }), 'name017');
    const rows = within(screen.getByRole('list', { name: /Members/ })).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('Name017 Family017');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'nobody');
    expect(screen.getByText('Nobody in this chat matches your search.')).toBeTruthy();
  });

  it('moves between people with the arrow keys, Home and End', async () => {
    const { user } = setup({ users: members(6) });
    const list = await screen.findByRole('list', { name: /Members/ });
    const rowButtons = () => within(list).getAllByRole('button', { name: /Write a message|Open my profile/ });
    rowButtons()[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowButtons()[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowButtons()[5]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowButtons()[5]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowButtons()[0]);
    // From a row's profile button too: to the row above.
    const profile = within(list).getAllByRole('button', { name: /Open the profile of/ }).at(-1)!;
    const rowOf = (el: Element | null) => within(list).getAllByRole('listitem').indexOf(el?.closest('li') as HTMLLIElement);
    const from = rowOf(profile);
    profile.focus();
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rowButtons()[from - 1]);
  });

  it('keeps the page small for a 300-member chat (a window of rows)', async () => {
    // happy-dom lays nothing out: give the scrolling box a height of 12 rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(12 * 52);
    setup({ users: members(300) });
    const list = await screen.findByRole('list', { name: /Members/ });
    expect(screen.getByText(/^300 members/)).toBeTruthy();
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.getAttribute('aria-setsize')).toBe('300');
  });

  it('shows a 1:1 dialog as its two people', async () => {
    const partner = imUser({ id: 47, first_name: 'Olga', last_name: 'Petrova' });
    const { rest } = setup({ dialogId: '47', users: [imUser({ id: 1, first_name: 'Me', last_name: 'Myself' }), partner] });
    expect(screen.getByRole('heading', { name: 'In this dialog' })).toBeTruthy();
    expect(shownNames(await screen.findByRole('list'))).toEqual(['Me Myself (you)', 'Olga Petrova']);
    expect(rest.calls.find((c) => c.method === 'im.dialog.users.list')?.params.DIALOG_ID).toBe('47');
  });

  it('asks nothing when the placement names no chat', () => {
    const { rest } = setup({ dialogId: undefined });
    expect(screen.getByText('No chat to show')).toBeTruthy();
    expect(rest.calls).toHaveLength(0);
  });
});
