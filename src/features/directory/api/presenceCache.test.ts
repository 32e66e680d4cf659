import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { createFakeDirectoryPortal, requestLog } from '../testing/fakeDirectoryPortal';
import { fetchPresence, markPresencePending, presenceWanted, PRESENCE_MAX_AGE_MS, readPresence } from './presenceCache';

let qc: QueryClient;
beforeEach(() => {
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => {
  vi.useRealTimers();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('presence cache', () => {
  it('fetches ≤ 50 ids with one im.user.list.get and records them', async () => {
    const portal = createFakeDirectoryPortal(120);
    expect(await fetchPresence(qc, Array.from({ length: 80 }, (_, i) => i + 1))).toBe(true);
    expect(requestLog(portal.rest)).toEqual(['im.user.list.get']);
    expect(readPresence(qc).size).toBe(50);
    expect(await fetchPresence(qc, [])).toBe(false);
    expect(portal.rest.calls).toHaveLength(1);
  });

  it('wants ids without presence, not in flight, not asked recently; and old ones again', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 12) });
    createFakeDirectoryPortal(20);
    await fetchPresence(qc, [1, 2]);
    markPresencePending(qc, [3]);
    const now = Date.now();
    expect(presenceWanted(qc, [1, 2, 3, 4], now)).toEqual([4]);
    // An id the portal did not answer for is not asked again at once.
    await fetchPresence(qc, [999]);
    expect(presenceWanted(qc, [999], Date.now())).toEqual([]);
    const later = now + PRESENCE_MAX_AGE_MS + 1;
    expect(presenceWanted(qc, [1, 2, 4, 999], later)).toEqual([1, 2, 4, 999]);
  });
});
