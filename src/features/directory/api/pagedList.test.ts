import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../../b24';
import { createFakeDirectoryPortal, requestLog } from '../testing/fakeDirectoryPortal';
import { firstScreenQuery } from './firstScreen';
import { DEFAULT_PAGED_PARAMS, fetchPagedViewport, pagedCommand, pagedListQuery, searchKind, type PagedList } from './pagedList';
import { readPresence } from './presenceCache';

let qc: QueryClient;
beforeEach(() => {
  qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => {
  setRestTransport(null);
  setPortalFrame(null);
});

describe('pagedCommand', () => {
  it('lists by last name, or most recently active first', () => {
    expect(pagedCommand(DEFAULT_PAGED_PARAMS, 100)).toMatchObject({
      method: 'user.get',
      params: { filter: { ACTIVE: true, USER_TYPE: 'employee' }, sort: 'LAST_NAME', order: 'ASC', start: 100 },
    });
    expect(pagedCommand({ ...DEFAULT_PAGED_PARAMS, order: 'recent' }, 0).params).toMatchObject({ sort: 'LAST_ACTIVITY_DATE', order: 'DESC' });
  });

  it('filters department and online on the server', () => {
    expect(pagedCommand({ ...DEFAULT_PAGED_PARAMS, departmentId: 7, online: true }, 0).params).toMatchObject({
      filter: { UF_DEPARTMENT: 7, IS_ONLINE: 'Y' },
    });
  });

  it('searches with FIND alone, or by name together with filters', () => {
    const find = { ...DEFAULT_PAGED_PARAMS, find: 'ivan' };
    expect(searchKind(find)).toBe('find');
    expect(pagedCommand(find, 50)).toMatchObject({ method: 'user.search', params: { FILTER: { FIND: 'ivan' }, start: 50 } });
    const filtered = { ...find, online: false };
    expect(searchKind(filtered)).toBe('name');
    expect(pagedCommand(filtered, 0).params).toMatchObject({ filter: { NAME_SEARCH: 'ivan', IS_ONLINE: 'N' } });
  });
});

describe('paged list', () => {
  it('the default list makes request 2: presence of page 0, page 1 and nothing else', async () => {
    const portal = createFakeDirectoryPortal(10_000);
    await qc.fetchQuery(firstScreenQuery());
    const list = await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
    expect(requestLog(portal.rest)).toEqual([
      'batch:department.get,im.user.get,im.user.status.get,user.get',
      'batch:im.user.list.get,user.get',
    ]);
    expect(portal.rest.batches[1]).toEqual(['im0', 'p50']);
    expect(list.total).toBe(10_000);
    expect(Object.keys(list.pages)).toEqual(['0', '50']);
    expect(list.totalExact).toBe(true);
    expect(list.ordered).toBe(true);
    expect(readPresence(qc).size).toBe(50);
  });

  it('a search starts with its first page alone', async () => {
    const portal = createFakeDirectoryPortal(10_000);
    await qc.fetchQuery(firstScreenQuery());
    const list = await qc.fetchQuery(pagedListQuery({ ...DEFAULT_PAGED_PARAMS, find: 'last0777' }));
    expect(requestLog(portal.rest).slice(1)).toEqual(['user.search']);
    expect(list.total).toBe(10);
    expect(list.pages[0]?.items.map((p) => p.id)).toContain(7770);
  });

  it('a viewport request brings pages and presence in one batch', async () => {
    const portal = createFakeDirectoryPortal(10_000);
    await qc.fetchQuery(firstScreenQuery());
    await qc.fetchQuery(pagedListQuery(DEFAULT_PAGED_PARAMS));
    const before = portal.rest.batches.length;
    await fetchPagedViewport(qc, DEFAULT_PAGED_PARAMS, [5000, 5050], [51, 52, 53]);
    expect(portal.rest.batches.slice(before)).toEqual([['im0', 'p5000', 'p5050']]);
    const list = qc.getQueryData<PagedList>(pagedListQuery(DEFAULT_PAGED_PARAMS).queryKey)!;
    expect(list.pages[5000]?.items[0]?.id).toBe(5001);
    expect(readPresence(qc).has(52)).toBe(true);
  });
});
