// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../b24';
import { createFakeFrame, createFakeTransport, imUser, listAnswer, restError } from '../../b24/testing';
import { I18nProvider } from '../../i18n';
import { ChatsView } from './ChatsView';

const recent = {
  items: [
    { id: 'chat4', chat_id: 4, type: 'chat', avatar: { url: '', color: '#4ba984' }, title: 'Design team', message: { id: 9, text: 'hi', date: new Date().toISOString(), author_id: 2 } },
    { id: 47, chat_id: 100, type: 'user', avatar: { url: '', color: '#048bd0' }, title: 'Olga Petrova', message: null },
    { id: 'imol|77', chat_id: 300, type: 'lines', avatar: { url: '', color: '#000' }, title: 'Open line', message: null },
  ],
  hasMorePages: false,
};

function setup(recentAnswer: unknown = recent) {
  const rest = createFakeTransport({
    'im.recent.list': () => recentAnswer,
    'im.user.get': () => imUser({ id: 1 }),
    'im.dialog.users.list': ({ DIALOG_ID }) =>
      DIALOG_ID === 'chat4'
        ? listAnswer([imUser({ id: 1 }), imUser({ id: 2, first_name: 'Boris', last_name: 'Brown' }), imUser({ id: 3 })], 3)
        : restError('ACCESS_ERROR', 403),
  });
  setRestTransport(rest);
  setPortalFrame(createFakeFrame());
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nProvider lang="en">
      <QueryClientProvider client={client}>
        <ChatsView />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { rest, user: userEvent.setup() };
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  cleanup();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('ChatsView', () => {
  it('lists my recent chats and dialogs, leaving out open lines', async () => {
    setup();
    const list = await screen.findByRole('list', { name: 'My recent chats' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Members of Design team', 'Members of Olga Petrova']);
    expect(buttons[0]?.textContent).toContain('Group chat');
    expect(buttons[1]?.textContent).toContain('Personal dialog');
  });

  it('opens the members of a chat and comes back to the list with focus on that chat', async () => {
    const { rest, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Members of Design team' }));
    const heading = screen.getByRole('heading', { name: 'Design team' });
    expect(document.activeElement).toBe(heading);
    const members = await screen.findByRole('list', { name: /Members/ });
    expect(within(members).getAllByRole('listitem')).toHaveLength(3);
    expect(rest.calls.find((c) => c.method === 'im.dialog.users.list')?.params).toMatchObject({ DIALOG_ID: 'chat4' });

    await user.click(screen.getByRole('button', { name: 'All chats' }));
    const back = await screen.findByRole('button', { name: 'Members of Design team' });
    expect(document.activeElement).toBe(back);
    expect(rest.calls.filter((c) => c.method === 'im.recent.list')).toHaveLength(1); // cached
  });

  it('says when there are no chats yet', async () => {
    setup({ items: [], hasMorePages: false });
    expect(await screen.findByText('No chats yet')).toBeTruthy();
  });

  it('explains a failure in words', async () => {
    setup(restError('insufficient_scope', 403));
    expect((await screen.findByRole('alert')).textContent).toContain('“im”');
  });
});
