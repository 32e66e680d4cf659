// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { readPresence } from '../api/presenceCache';
import { createFakeDirectoryPortal, requestLog, type FakeDirectoryPortal } from '../testing/fakeDirectoryPortal';
import { MISSING_DEBOUNCE_MS, REFOCUS_MIN_GAP_MS, REFRESH_INTERVAL_MS, usePresenceRefresh } from './usePresenceRefresh';

let qc: QueryClient;
let portal: FakeDirectoryPortal;
let hidden = false;

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 12), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  portal = createFakeDirectoryPortal(200);
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('usePresenceRefresh', () => {
  it('fetches missing presence once scrolling settles, in one call', async () => {
    const { rerender } = renderHook(({ w }) => usePresenceRefresh(w.slice(0, 15), { ahead: w, enabled: true }), {
      wrapper,
      initialProps: { w: ids(1, 50) },
    });
    rerender({ w: ids(11, 50) });
    rerender({ w: ids(21, 50) });
    await act(() => vi.advanceTimersByTimeAsync(MISSING_DEBOUNCE_MS + 10));
    expect(requestLog(portal.rest)).toEqual(['im.user.list.get']);
    expect(portal.rest.calls[0]!.params.ID).toEqual(ids(21, 50));
    expect(readPresence(qc).size).toBe(50);
  });

  it('refreshes the rows on screen about every minute with ONE call, and not while hidden', async () => {
    renderHook(() => usePresenceRefresh(ids(1, 15), { enabled: true }), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS * 2 + 100));
    expect(requestLog(portal.rest)).toEqual(['im.user.list.get', 'im.user.list.get']);
    expect(portal.rest.calls.every((c) => (c.params.ID as number[]).join() === ids(1, 15).join())).toBe(true);

    hidden = true;
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS * 3));
    expect(portal.rest.calls).toHaveLength(2);

    // Shown again: refreshed at once.
    hidden = false;
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(portal.rest.calls).toHaveLength(3);
  });

  it('refreshes at once when the window gets focus back, but not twice in a row', async () => {
    renderHook(() => usePresenceRefresh(ids(1, 12), { enabled: true }), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(REFOCUS_MIN_GAP_MS + 100));
    expect(portal.rest.calls).toHaveLength(0);
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(requestLog(portal.rest)).toEqual(['im.user.list.get']);
    expect(portal.rest.calls[0]!.params.ID).toEqual(ids(1, 12));
    // Focus again right away: the rows were just refreshed.
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(portal.rest.calls).toHaveLength(1);
  });

  it('does nothing when disabled', async () => {
    renderHook(() => usePresenceRefresh(ids(1, 10), { ahead: ids(1, 50), enabled: false }), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS * 2));
    expect(portal.rest.calls).toHaveLength(0);
  });
});
