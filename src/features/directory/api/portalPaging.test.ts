/**
 * The directory on portals that page differently from the reference's example (another portal
 * written from the same reference): no `total`, `next` without a total, fewer than 50 rows a page,
 * `sort` or `start` not honoured. Nobody may go missing or appear twice, and the normal case keeps
 * its request budget (fullLoad.test.ts, pagedList.test.ts, people/loadingPlan.test.ts).
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { FULL_LOAD_LIMIT } from '../../../people/loadingPlan';
import { departmentsQuery } from '../../../people/queries';
import type { Department } from '../../../people/types';
import { pagedSlots, slotPersonId } from '../model/pagedSlots';
import { createFakeDirectoryPortal, requestLog, type FakeDirectoryPortal, type FakePaging } from '../testing/fakeDirectoryPortal';
import { firstScreenQuery, type FirstScreen } from './firstScreen';
import { rosterQuery } from './fullLoad';
import { DEFAULT_PAGED_PARAMS, fetchPagedViewport, pagedListQuery, type PagedList } from './pagedList';

let qc: QueryClient;
beforeEach(() => {
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => {
  setRestTransport(null);
  setPortalFrame(null);
});

const ids = (count: number, from = 1) => Array.from({ length: count }, (_, i) => from + i);

async function fullLoad(count: number, paging: FakePaging, opts: { departments?: number; departmentPaging?: FakePaging } = {}) {
  const portal = createFakeDirectoryPortal(count, { ...opts, paging });
  const first = await qc.fetchQuery(firstScreenQuery());
  const roster = await qc.fetchQuery(rosterQuery());
  return { portal, first, roster };
}

/** `start`s of the user.get commands sent, request by request. */
function peopleStarts(portal: FakeDirectoryPortal): number[][] {
  const out: number[][] = [];
  let batch = -1;
  for (let i = 0; i < portal.rest.calls.length; i++) {
    const call = portal.rest.calls[i]!;
    if (call.method !== 'batch') {
      if (call.method === 'user.get') out.push([Number(call.params.start ?? 0)]);
      continue;
    }
    batch += 1;
    const size = portal.rest.batches[batch]?.length ?? 0;
    out.push(portal.rest.calls.slice(i + 1, i + 1 + size).filter((c) => c.method === 'user.get').map((c) => Number(c.params.start ?? 0)));
    i += size;
  }
  return out;
}

describe('full load without a usable total (1: the list follows the pages, not page 0’s total)', () => {
  it('240 people and no total: everyone, in order, complete, in the same 3 requests as with a total', async () => {
    const { portal, first, roster } = await fullLoad(240, { total: false });
    expect(first.totalExact).toBe(false);
    expect(first.mode).toBe('full');
    expect(roster.complete).toBe(true);
    expect(roster.people.map((p) => p.id)).toEqual(ids(240));
    expect(roster.total).toBe(240);
    expect(requestLog(portal.rest)).toHaveLength(3);
    // Request 2 asked 4 pages ahead of page 0 (the 4th, at 200, was the last).
    expect(peopleStarts(portal)[1]).toEqual([50, 100, 150, 200]);
  });

  it('1 234 people with `next` but no total: keeps asking (more pages a request as the list proves long) until a page is the last', async () => {
    const { portal, roster } = await fullLoad(1234, { total: false, next: true });
    expect(roster.complete).toBe(true);
    expect(roster.people.map((p) => p.id)).toEqual(ids(1234));
    const starts = peopleStarts(portal).flat();
    expect(new Set(starts).size).toBe(starts.length); // no page asked twice
    expect(starts.filter((s) => s >= 1234).length).toBeLessThanOrEqual(20); // pages past the end are few
    expect(portal.rest.batches.every((b) => b.length <= 50)).toBe(true);
    expect(requestLog(portal.rest).length).toBeLessThanOrEqual(7);
  });

  it('a portal that ignores `start` (page 0 every time) ends after one repeated page, listing each person once', async () => {
    const { portal, roster } = await fullLoad(240, { total: false, start: false });
    expect(roster.complete).toBe(true);
    expect(roster.people.map((p) => p.id)).toEqual(ids(50));
    expect(peopleStarts(portal).flat().length).toBeLessThanOrEqual(5);
  });

  it(`without a total and more than ${FULL_LOAD_LIMIT} people, stops loading everyone and switches to server paging`, async () => {
    const { portal, roster } = await fullLoad(5200, { total: false });
    expect(roster.overflow).toBe(true);
    expect(roster.complete).toBe(false);
    expect(Math.max(...peopleStarts(portal).flat())).toBeLessThanOrEqual(FULL_LOAD_LIMIT);
    const first = qc.getQueryData<FirstScreen>(firstScreenQuery().queryKey)!;
    expect(first.mode).toBe('paged');
    expect(first.totalExact).toBe(false);
    // The paged list goes on from the pages the full load brought, without a request.
    const before = portal.rest.calls.length;
    const list = await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
    expect(portal.rest.calls.length).toBe(before);
    expect(list.totalExact).toBe(false);
    expect(list.total).toBeGreaterThan(FULL_LOAD_LIMIT);
    const slots = pagedSlots(list.total, list.pages);
    expect(slots.slice(0, 5000).map(slotPersonId)).toEqual(ids(5000));
    expect(slots.at(-1)).toMatchObject({ kind: 'placeholder' });
  });
});

describe('pages of fewer than 50 rows (5: no gap, no repeat)', () => {
  it('with a total, steps by the rows page 0 brought: 240 people in pages of 20, all in request 2', async () => {
    const { portal, roster } = await fullLoad(240, { pageSize: 20 });
    expect(roster.complete).toBe(true);
    expect(roster.people.map((p) => p.id)).toEqual(ids(240));
    expect(peopleStarts(portal)[1]).toEqual(ids(11).map((i) => i * 20));
  });

  it('without a total, follows `next` by 20s', async () => {
    const { roster } = await fullLoad(130, { pageSize: 20, total: false, next: true });
    expect(roster.complete).toBe(true);
    expect(roster.people.map((p) => p.id)).toEqual(ids(130));
  });

  it('pages of uneven sizes are asked again from where each stopped, and a person on two pages is listed once', async () => {
    const portal = createFakeDirectoryPortal(240);
    const rows = (from: number, count: number) =>
      portal.users.slice(from, from + count).map((u) => ({ ID: String(u.id), ACTIVE: true, NAME: u.first_name, LAST_NAME: u.last_name, USER_TYPE: 'employee' }));
    // Page 50 brings 30 rows; the follow-up at 80 overlaps page 100 by 10 people.
    portal.rest.handle({
      'user.get': (params) => {
        const start = Number(params.start ?? 0);
        const count = start === 50 ? 30 : start === 80 ? 30 : 50;
        return { __fakeList: true, result: rows(start, count), total: 240 };
      },
    });
    await qc.fetchQuery(firstScreenQuery());
    const roster = await qc.fetchQuery(rosterQuery());
    expect(roster.complete).toBe(true);
    expect(roster.people.map((p) => p.id)).toEqual(ids(240));
    expect(peopleStarts(portal).slice(1, 3)).toEqual([[50, 100, 150, 200], [80]]);
  });

  it('a server-paged list of pages of 20 asks each gap from where the page before stopped', async () => {
    const portal = createFakeDirectoryPortal(10_000, { paging: { pageSize: 20 } });
    await qc.fetchQuery(firstScreenQuery());
    const list = await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
    expect(Object.keys(list.pages)).toEqual(['0', '20']);
    let slots = pagedSlots(list.total, list.pages);
    expect(slots[40]).toEqual({ kind: 'placeholder', start: 40 });
    await fetchPagedViewport(qc, DEFAULT_PAGED_PARAMS, [40, 60], []);
    const after = qc.getQueryData<PagedList>(pagedListQuery(DEFAULT_PAGED_PARAMS).queryKey)!;
    slots = pagedSlots(after.total, after.pages);
    expect(slots.slice(0, 80).map(slotPersonId)).toEqual(ids(80));
    expect(slots).toHaveLength(10_000);
    expect(portal.rest.batches.at(-1)).toEqual(['p40', 'p60']);
  });
});

describe('a server-paged list without a usable total (2: the total is the largest lower bound)', () => {
  it('a page arriving late with a smaller lower bound does not shrink the list', async () => {
    createFakeDirectoryPortal(10_000, { paging: { total: false } });
    const online = { ...DEFAULT_PAGED_PARAMS, online: true };
    const list = await qc.fetchQuery(pagedListQuery(online));
    expect(list).toMatchObject({ total: 51, totalExact: false });
    expect(pagedSlots(list.total, list.pages).at(-1)).toEqual({ kind: 'placeholder', start: 50 });

    await fetchPagedViewport(qc, online, [100], []);
    expect(qc.getQueryData<PagedList>(pagedListQuery(online).queryKey)!.total).toBe(151);
    await fetchPagedViewport(qc, online, [50], []);
    const after = qc.getQueryData<PagedList>(pagedListQuery(online).queryKey)!;
    expect(after.total).toBe(151);
    const slots = pagedSlots(after.total, after.pages);
    expect(slots.map(slotPersonId)).toEqual([...ids(150), null]);
  });
});

describe('departments without a usable total (3: followed by `next`, then cached)', () => {
  it('full load: 130 departments, no total: all cached, riding along with the people pages', async () => {
    const { portal } = await fullLoad(240, {}, { departments: 130, departmentPaging: { total: false } });
    expect(qc.getQueryData<Department[]>(departmentsQuery().queryKey)?.map((d) => d.id)).toEqual(ids(130));
    expect(requestLog(portal.rest)).toHaveLength(3);
  });

  it('full load: departments in pages of 20 with a total: all cached', async () => {
    await fullLoad(60, {}, { departments: 75, departmentPaging: { pageSize: 20 } });
    expect(qc.getQueryData<Department[]>(departmentsQuery().queryKey)).toHaveLength(75);
  });

  it('paged directory: request 2 takes the next department pages, the rest are followed in the background', async () => {
    const portal = createFakeDirectoryPortal(10_000, { departments: 330, departmentPaging: { total: false, next: true } });
    await qc.fetchQuery(firstScreenQuery());
    await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
    expect(portal.rest.batches[1]).toEqual(['im0', 'd50', 'd100', 'p50']);
    await vi.waitFor(() => expect(qc.getQueryData<Department[]>(departmentsQuery().queryKey)).toHaveLength(330));
    expect(qc.getQueryData<Department[]>(departmentsQuery().queryKey)?.map((d) => d.id)).toEqual(ids(330));
  });
});

describe('a portal that does not honour `sort` (4)', () => {
  it('the paged list notices a page out of the order asked for', async () => {
    createFakeDirectoryPortal(10_000, { paging: { sorted: false } });
    await qc.fetchQuery(firstScreenQuery());
    const list = await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
    expect(list.ordered).toBe(false);
  });

  it('a portal that sorts is trusted, and a FIND search (sent without sort) is never judged', async () => {
    createFakeDirectoryPortal(10_000, { paging: { sorted: false } });
    const found = await qc.fetchQuery(pagedListQuery({ ...DEFAULT_PAGED_PARAMS, find: 'first' }));
    expect(found.ordered).toBe(true);
    qc.clear();
    createFakeDirectoryPortal(10_000);
    await qc.fetchQuery(firstScreenQuery());
    expect((await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS))).ordered).toBe(true);
  });
});
