// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { restError } from '../../../b24/testing';
import { EMPTY_PRESENCE_INDEX } from '../../../people/presenceIndex';
import { firstScreenQuery } from '../api/firstScreen';
import { DEFAULT_PAGED_PARAMS, pagedListQuery, type PagedList } from '../api/pagedList';
import { pagedSlots } from '../model/pagedSlots';
import { createFakeDirectoryPortal, requestLog, type FakeDirectoryPortal } from '../testing/fakeDirectoryPortal';
import { usePagedViewport, VIEWPORT_DEBOUNCE_MS } from './usePagedViewport';

let qc: QueryClient;
let portal: FakeDirectoryPortal;
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;

beforeEach(async () => {
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  portal = createFakeDirectoryPortal(10_000);
  await qc.fetchQuery(firstScreenQuery());
  await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setRestTransport(null);
  setPortalFrame(null);
});

const slotsNow = () => {
  const list = qc.getQueryData<PagedList>(pagedListQuery(DEFAULT_PAGED_PARAMS).queryKey)!;
  return pagedSlots(list.total, list.pages);
};

describe('usePagedViewport', () => {
  it('brings the pages under a jump and, once loaded, their presence', async () => {
    const before = portal.rest.calls.length;
    const window = { first: 5000, last: 5014 };
    const { rerender } = renderHook(({ slots }) => usePagedViewport(DEFAULT_PAGED_PARAMS, slots, window, EMPTY_PRESENCE_INDEX), {
      wrapper,
      initialProps: { slots: slotsNow() },
    });
    await act(() => vi.advanceTimersByTimeAsync(VIEWPORT_DEBOUNCE_MS + 10));
    expect(portal.rest.batches.at(-1)).toEqual(['p5000', 'p5050']);
    rerender({ slots: slotsNow() });
    await act(() => vi.advanceTimersByTimeAsync(VIEWPORT_DEBOUNCE_MS + 10));
    expect(requestLog(portal.rest).slice(2)).toEqual(['batch:user.get', 'im.user.list.get']);
    expect(portal.rest.calls.at(-1)!.params.ID).toEqual(Array.from({ length: 50 }, (_, i) => 5001 + i));
    expect(portal.rest.calls.length - before).toBe(4); // batch + 2 pages, then one presence call
  });

  it('scrolling near the end of the loaded rows fetches the next page with the presence about to be seen', async () => {
    renderHook(() => usePagedViewport(DEFAULT_PAGED_PARAMS, slotsNow(), { first: 45, last: 59 }, EMPTY_PRESENCE_INDEX), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(VIEWPORT_DEBOUNCE_MS + 10));
    expect(portal.rest.batches.at(-1)).toEqual(['im0', 'p100']);
  });

  it('reports a failed page and waits for a retry', async () => {
    portal.rest.handle({ 'user.get': () => restError('INTERNAL_SERVER_ERROR', 500) });
    const slots = slotsNow();
    const { result } = renderHook(() => usePagedViewport(DEFAULT_PAGED_PARAMS, slots, { first: 7000, last: 7010 }, EMPTY_PRESENCE_INDEX), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(VIEWPORT_DEBOUNCE_MS + 10));
    expect(result.current.error?.kind).toBe('portal-error');
    const calls = portal.rest.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(VIEWPORT_DEBOUNCE_MS * 5));
    expect(portal.rest.calls.length).toBe(calls);
    act(() => result.current.retry());
    await act(() => vi.advanceTimersByTimeAsync(VIEWPORT_DEBOUNCE_MS + 10));
    expect(portal.rest.calls.length).toBeGreaterThan(calls);
  });
});
