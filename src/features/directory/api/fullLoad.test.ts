import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { restError } from '../../../b24/testing';
import { fullLoadBudget } from '../../../people/loadingPlan';
import { departmentsQuery, peopleKeys } from '../../../people/queries';
import { createFakeDirectoryPortal, requestLog } from '../testing/fakeDirectoryPortal';
import { firstScreenQuery } from './firstScreen';
import { rosterQuery, type Roster } from './fullLoad';
import { readPresence } from './presenceCache';
import { setViewportIds } from './viewport';

let qc: QueryClient;

beforeEach(() => {
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(() => {
  setRestTransport(null);
  setPortalFrame(null);
});

async function boot() {
  const first = await qc.fetchQuery(firstScreenQuery());
  const roster = await qc.fetchQuery(rosterQuery());
  return { first, roster };
}

describe('first screen', () => {
  it('is one batch: me, my status, department page 0 and people page 0; it seeds the shared caches', async () => {
    const portal = createFakeDirectoryPortal(240);
    const first = await qc.fetchQuery(firstScreenQuery());
    expect(requestLog(portal.rest)).toEqual(['batch:department.get,im.user.get,im.user.status.get,user.get']);
    expect(first.total).toBe(240);
    expect(first.mode).toBe('full');
    expect(first.people).toHaveLength(50);
    expect(first.me?.id).toBe(1);
    expect(qc.getQueryData(peopleKeys.me())).toMatchObject({ id: 1 });
    expect(qc.getQueryData(peopleKeys.myStatus())).toBe('online');
    expect(qc.getQueryData(departmentsQuery().queryKey)).toHaveLength(3);
    expect(readPresence(qc).get(1)?.person.presence.source).toBe('im');
  });

  it('chooses server paging above 5 000 people', async () => {
    createFakeDirectoryPortal(5001);
    expect((await qc.fetchQuery(firstScreenQuery())).mode).toBe('paged');
  });

  it('fails with the people page error (e.g. a missing scope), and keeps a departments failure apart', async () => {
    const portal = createFakeDirectoryPortal(10);
    portal.rest.handle({ 'department.get': () => restError('insufficient_scope', 403) });
    const first = await qc.fetchQuery(firstScreenQuery());
    expect(first.departmentsError?.kind).toBe('missing-scope');
    expect(first.people).toHaveLength(10);

    qc.clear();
    portal.rest.handle({ 'user.get': () => restError('insufficient_scope', 403) });
    await expect(qc.fetchQuery(firstScreenQuery())).rejects.toMatchObject({ kind: 'missing-scope' });
  });
});

describe('full load', () => {
  it('240 people: request 2 completes the first screen and lists everyone; request 3 brings the rest of presence', async () => {
    const portal = createFakeDirectoryPortal(240);
    const { roster } = await boot();
    const log = requestLog(portal.rest);
    expect(log).toEqual([
      'batch:department.get,im.user.get,im.user.status.get,user.get',
      'batch:im.user.list.get,user.get',
      'batch:im.user.list.get',
    ]);
    expect(log.length).toBeLessThanOrEqual(fullLoadBudget(240));
    // Request 2: presence of page 0 (the first screen) and pages 1…4.
    expect(portal.rest.batches[1]).toEqual(['im0', 'p50', 'p100', 'p150', 'p200']);
    expect(roster.complete).toBe(true);
    expect(roster.people).toHaveLength(240);
    expect(roster.people.map((p) => p.id)).toEqual(portal.users.map((u) => u.id));
    expect(roster.requests).toBe(3);
    const index = readPresence(qc);
    expect(portal.users.every((u) => index.get(u.id)?.person.presence.source === 'im')).toBe(true);
  });

  it('5 000 people: listed in 3 requests, 4 at most with presence', async () => {
    const portal = createFakeDirectoryPortal(5000);
    const { roster } = await boot();
    const batches = portal.rest.batches;
    expect(batches.length).toBeLessThanOrEqual(fullLoadBudget(5000));
    expect(batches.every((b) => b.length <= 50)).toBe(true);
    const lastPage = batches.findLastIndex((b) => b.some((k) => k.startsWith('p')));
    expect(lastPage + 1).toBe(3);
    expect(roster.complete).toBe(true);
    expect(roster.people).toHaveLength(5000);
    expect(readPresence(qc).size).toBe(50 + 2500); // the first screen (me among them), then 50 groups of 50 in request 4
  });

  it('spends spare presence on the people on screen first', async () => {
    const portal = createFakeDirectoryPortal(5000);
    await qc.fetchQuery(firstScreenQuery());
    setViewportIds(qc, [4990, 4991]);
    await qc.fetchQuery(rosterQuery());
    const index = readPresence(qc);
    expect(index.has(4990) && index.has(4991)).toBe(true);
    expect(portal.rest.batches.length).toBeLessThanOrEqual(4);
  });

  it('a failed page leaves what arrived and a retry asks only for what is missing', async () => {
    const portal = createFakeDirectoryPortal(240);
    let failing = true;
    const real = portal.rest;
    real.handle({
      'user.get': (params) => {
        const start = Number(params.start ?? 0);
        if (failing && start === 150) return restError('INTERNAL_SERVER_ERROR', 500);
        const rows = portal.users.slice(start, start + 50).map((u) => ({ ID: String(u.id), ACTIVE: true, NAME: u.first_name, LAST_NAME: u.last_name, IS_ONLINE: 'N', UF_DEPARTMENT: [1] }));
        return { __fakeList: true, result: rows, total: 240 };
      },
    });
    await qc.fetchQuery(firstScreenQuery());
    await expect(qc.fetchQuery(rosterQuery())).rejects.toMatchObject({ kind: 'portal-error' });
    const partial = qc.getQueryData<Roster>(rosterQuery().queryKey)!;
    expect(partial.complete).toBe(false);
    expect(partial.people).toHaveLength(190);

    failing = false;
    const before = real.calls.length;
    const roster = await qc.fetchQuery({ ...rosterQuery(), staleTime: 0 });
    expect(roster.complete).toBe(true);
    expect(roster.people).toHaveLength(240);
    const retried = real.calls.slice(before).filter((c) => c.method === 'user.get').map((c) => c.params.start);
    expect(retried).toEqual([150]);
  });

  it('without the im scope the list still loads and says why statuses are missing', async () => {
    const portal = createFakeDirectoryPortal(120);
    portal.rest.handle({ 'im.user.list.get': () => restError('insufficient_scope', 403) });
    const { roster } = await boot();
    expect(roster.complete).toBe(true);
    expect(roster.presenceError?.kind).toBe('missing-scope');
    expect(requestLog(portal.rest)).toHaveLength(2); // no presence-only requests after the failure
  });
});
