import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { createFakeDirectoryPortal } from '../testing/fakeDirectoryPortal';
import { firstScreenQuery } from './firstScreen';
import { rosterQuery } from './fullLoad';
import { presenceCheckQuery } from './presenceCheck';
import { readPresence } from './presenceCache';

afterEach(() => {
  setRestTransport(null);
  setPortalFrame(null);
});

describe('presence check', () => {
  it('fetches everyone not known yet, 2 500 people per request', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const portal = createFakeDirectoryPortal(5000);
    await qc.fetchQuery(firstScreenQuery());
    await qc.fetchQuery(rosterQuery());
    expect(readPresence(qc).size).toBe(2550);
    const before = portal.rest.batches.length;
    const check = await qc.fetchQuery(presenceCheckQuery());
    expect(check.asked).toBe(2450);
    const batches = portal.rest.batches.slice(before);
    expect(batches.map((b) => b.length)).toEqual([49]);
    expect(readPresence(qc).size).toBe(5000);
  });
});
