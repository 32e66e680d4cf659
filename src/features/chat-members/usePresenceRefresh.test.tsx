// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRestTransport } from '../../b24';
import { createFakeTransport, imUser } from '../../b24/testing';
import { makePerson } from '../../people/fixtures';
import { chatMemberKeys, type DialogMembers } from './queries';
import { usePresenceRefresh } from './usePresenceRefresh';

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  document.dispatchEvent(new Event('visibilitychange'));
}

function setup() {
  const rest = createFakeTransport({
    'im.user.list.get': ({ ID }) => (ID as number[]).map((id) => imUser({ id, status: 'dnd' })),
  });
  setRestTransport(rest);
  const client = new QueryClient();
  const members: DialogMembers = {
    dialogId: 'chat5',
    people: [1, 2, 3].map((id) => makePerson({ id, presence: { status: 'online' } })),
    total: 3,
  };
  client.setQueryData(chatMemberKeys.members('chat5'), members);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(
    ({ enabled }) => usePresenceRefresh({ dialogId: 'chat5', visibleIds: () => [1, 2], enabled, intervalMs: 60_000 }),
    { wrapper, initialProps: { enabled: true } },
  );
  const listCalls = () => rest.calls.filter((c) => c.method === 'im.user.list.get');
  const statusOf = (id: number) =>
    client.getQueryData<DialogMembers>(chatMemberKeys.members('chat5'))?.people.find((p) => p.id === id)?.presence.status;
  return { rest, hook, listCalls, statusOf };
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setRestTransport(null);
});

describe('usePresenceRefresh', () => {
  it('asks for the people on screen once a minute and folds their presence in', async () => {
    const { listCalls, statusOf, hook } = setup();
    const before = hook.result.current;
    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(listCalls()).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(listCalls()).toHaveLength(1);
    expect(listCalls()[0]?.params.ID).toEqual([1, 2]);
    expect(statusOf(1)).toBe('dnd');
    expect(statusOf(3)).toBe('online'); // not on screen: not asked, not changed
    expect(hook.result.current).toBeGreaterThan(before);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(listCalls()).toHaveLength(2);
  });

  it('asks nothing while the page is hidden and catches up when it is shown again', async () => {
    const { listCalls } = setup();
    setVisibility('hidden');
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(listCalls()).toHaveLength(0);
    await act(async () => setVisibility('visible'));
    expect(listCalls()).toHaveLength(1);
  });

  it('does not refresh again right after coming back if the last refresh is recent', async () => {
    const { listCalls } = setup();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(listCalls()).toHaveLength(1);
    setVisibility('hidden');
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    await act(async () => setVisibility('visible'));
    expect(listCalls()).toHaveLength(1);
  });

  it('does nothing until enabled and stops when unmounted', async () => {
    const { listCalls, hook } = setup();
    hook.rerender({ enabled: false });
    await act(() => vi.advanceTimersByTimeAsync(3 * 60_000));
    expect(listCalls()).toHaveLength(0);
    hook.rerender({ enabled: true });
    hook.unmount();
    await act(() => vi.advanceTimersByTimeAsync(3 * 60_000));
    expect(listCalls()).toHaveLength(0);
  });
});
