/**
 * A fake portal for the directory's tests: `count` active employees answered by user.get /
 * user.search (50 a page, sorted by last name), departments, im objects and my status, over the
 * fake transport of src/b24/testing.ts (which records every request and batch).
 */
import { setPortalFrame, setRestTransport } from '../../../b24';
import { createFakeFrame, createFakeTransport, imUser, listAnswer, type FakeFrame, type FakeTransport } from '../../../b24/testing';
import type { ImUser } from '../../../b24/wire';

export interface FakeDirectoryPortal {
  rest: FakeTransport;
  frame: FakeFrame;
  users: ImUser[];
}

/**
 * How the fake portal pages its lists (the reference's way by default: 50 rows a page, `total`,
 * sorted as asked). The others are what a portal written from the same reference may do.
 */
export interface FakePaging {
  /** Send `total` (default true). */
  total?: boolean;
  /** Send `next` when more follows (default: the transport cannot tell). */
  next?: boolean;
  /** Rows a page (default 50). */
  pageSize?: number;
  /** Honour `sort` (default true); otherwise rows come in an order of the portal's own. */
  sorted?: boolean;
  /** Honour `start` (default true); otherwise every page is page 0. */
  start?: boolean;
}

/** Ids 1…count; me = 1; everyone active in the last minutes. Every third person is in do-not-disturb, every fifth away. */
export function createFakeDirectoryPortal(
  count: number,
  opts: { departments?: number; paging?: FakePaging; departmentPaging?: FakePaging } = {},
): FakeDirectoryPortal {
  const atom = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const now = Date.now();
  const users: ImUser[] = Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    return imUser({
      id,
      first_name: `First${id}`,
      last_name: `Last${String(id).padStart(5, '0')}`,
      work_position: id % 2 ? 'Developer' : 'Manager',
      departments: [1 + (id % 3)],
      status: id % 3 === 0 ? 'dnd' : id % 5 === 0 ? 'away' : 'online',
      last_activity_date: atom(now - (id % 7) * 60_000),
    });
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const departmentCount = opts.departments ?? 3;
  const departments = Array.from({ length: departmentCount }, (_, i) => ({
    ID: String(i + 1),
    NAME: `Department ${i + 1}`,
    SORT: 500,
    ...(i === 0 ? {} : { PARENT: '1' }),
  }));
  const row = (u: ImUser) => ({
    ID: String(u.id),
    ACTIVE: true,
    NAME: u.first_name,
    LAST_NAME: u.last_name,
    WORK_POSITION: u.work_position,
    IS_ONLINE: 'Y',
    UF_DEPARTMENT: u.departments,
    LAST_ACTIVITY_DATE: u.last_activity_date,
    USER_TYPE: 'employee',
  });
  const pageOf = <T, R>(rows: readonly T[], start: unknown, paging: FakePaging, toRow: (item: T) => R) => {
    const size = paging.pageSize ?? 50;
    const from = paging.start === false ? 0 : Number(start ?? 0);
    const more = paging.next ? from + size < rows.length : undefined;
    return listAnswer(rows.slice(from, from + size).map(toRow), paging.total === false ? 0 : rows.length, more);
  };
  // By last name as asked ("Last00001"… so by id too), or scrambled for a portal ignoring `sort`.
  const scramble = (id: number) => (id * 7919) % 10_007;
  const people = opts.paging?.sorted === false ? [...users].sort((a, b) => scramble(a.id) - scramble(b.id) || a.id - b.id) : users;
  const page = (rows: ImUser[], start: unknown) => pageOf(rows, start, opts.paging ?? {}, row);

  const rest = createFakeTransport({
    'user.get': (params) => page(people, params.start),
    'user.search': (params) => {
      const find = String((params.FILTER as { FIND?: string } | undefined)?.FIND ?? '').toLowerCase();
      return page(people.filter((u) => `${u.first_name} ${u.last_name}`.toLowerCase().includes(find)), params.start);
    },
    'department.get': (params) => pageOf(departments, params.start, opts.departmentPaging ?? {}, (d) => d),
    'im.user.get': (params) => byId.get(Number(params.ID ?? 1)) ?? { code: 'USER_NOT_EXISTS', status: 400, message: 'no' },
    'im.user.list.get': (params) => (params.ID as number[]).map((id) => byId.get(id)).filter(Boolean),
    'im.user.status.get': () => 'online',
  });
  const frame = createFakeFrame();
  setRestTransport(rest);
  setPortalFrame(frame);
  return { rest, frame, users };
}

/**
 * One entry per REST request, in order: a plain call is its method, a batch is
 * "batch:" + its distinct sub-methods ("batch:im.user.list.get,user.get").
 */
export function requestLog(rest: FakeTransport): string[] {
  const out: string[] = [];
  let batchIndex = -1;
  for (let i = 0; i < rest.calls.length; i++) {
    const call = rest.calls[i]!;
    if (call.method !== 'batch') {
      out.push(call.method);
      continue;
    }
    batchIndex += 1;
    const size = rest.batches[batchIndex]?.length ?? 0;
    const methods = rest.calls.slice(i + 1, i + 1 + size).map((c) => c.method);
    out.push(`batch:${[...new Set(methods)].sort().join(',')}`);
    i += size;
  }
  return out;
}
