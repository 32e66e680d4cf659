import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { peopleKeys } from '../../people/queries';
import type { ChatStatus, Person } from '../../people/types';
import { createStatusController, type StatusController, type StatusControllerDeps } from './statusController';
import { displayStatus } from './statusMachine';

const T0 = Date.UTC(2026, 2, 2, 11, 0);
const MIN = 60_000;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A fake portal: every set waits until the test answers it. */
function fakePortal(initial: ChatStatus | null, storedUntil: number | null = null) {
  const sets: { status: ChatStatus; answer: Deferred<void> }[] = [];
  const reads: Deferred<ChatStatus | null>[] = [];
  const meReads: Deferred<Person>[] = [];
  const saved: (number | null)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const deps: StatusControllerDeps = {
    setStatus(status) {
      const answer = deferred<void>();
      sets.push({ status, answer });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return answer.promise.finally(() => {
        inFlight -= 1;
      });
    },
    readStatus() {
      const answer = deferred<ChatStatus | null>();
      reads.push(answer);
      return answer.promise;
    },
    readMe() {
      const answer = deferred<Person>();
      meReads.push(answer);
      return answer.promise;
    },
    readStoredUntil: () => storedUntil,
    async saveUntil(until) {
      saved.push(until);
    },
    report: vi.fn(),
    now: () => Date.now(),
  };
  return { deps, sets, reads, meReads, saved, server: initial, maxInFlight: () => maxInFlight };
}

const me = { id: 1, name: 'Anna', presence: { source: 'im', status: 'online', idleSince: null } } as unknown as Person;

/** My im user object as the portal would answer it now. */
const meWith = (status: ChatStatus | null, idleSince: number | null = null): Person => ({ ...me, presence: { ...me.presence, status, idleSince } });

let client: QueryClient;
let controller: StatusController | null = null;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(() => {
  controller?.dispose();
  controller = null;
  vi.useRealTimers();
});

function seeded(status: ChatStatus | null, storedUntil: number | null = null) {
  client.setQueryData(peopleKeys.myStatus(), status);
  client.setQueryData(peopleKeys.me(), { ...me, presence: { ...me.presence, status } });
  const portal = fakePortal(status, storedUntil);
  controller = createStatusController(client, portal.deps);
  return { portal, controller };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('status controller', () => {
  it('starts from the seeded cache without asking the portal', () => {
    const { portal, controller } = seeded('away');
    expect(controller.getSnapshot()?.server).toBe('away');
    expect(portal.sets).toHaveLength(0);
    expect(portal.reads).toHaveLength(0);
  });

  it('writes the optimistic status to the shared cache synchronously, and notifies subscribers', () => {
    const { portal, controller } = seeded('online');
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.choose('dnd');
    expect(listener).toHaveBeenCalled();
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
    expect(client.getQueryData<Person>(peopleKeys.me())?.presence.status).toBe('dnd');
    expect(portal.sets.map((s) => s.status)).toEqual(['dnd']);
  });

  it('coalesces rapid clicks: one request at a time, the last choice wins on both sides', async () => {
    const { portal, controller } = seeded('online');
    for (const status of ['dnd', 'online', 'dnd', 'online'] as const) controller.choose(status);
    expect(portal.sets).toHaveLength(1);
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('online');
    portal.sets[0]?.answer.resolve();
    await flush();
    expect(portal.sets.map((s) => s.status)).toEqual(['dnd', 'online']);
    controller.choose('dnd'); // a fifth click while the second request runs
    portal.sets[1]?.answer.resolve();
    await flush();
    expect(portal.sets.map((s) => s.status)).toEqual(['dnd', 'online', 'dnd']);
    portal.sets[2]?.answer.resolve();
    await flush();
    expect(portal.maxInFlight()).toBe(1);
    expect(controller.getSnapshot()).toMatchObject({ server: 'dnd', desired: null, busy: null });
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
  });

  it('rolls back to the status read again after a failure, and Retry sends the choice again', async () => {
    const { portal, controller } = seeded('online');
    controller.choose('dnd');
    portal.sets[0]?.answer.reject(new Error('HTTP 500'));
    await flush();
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('online'); // last known truth at once
    expect(portal.reads).toHaveLength(1);
    portal.reads[0]?.resolve('break'); // someone changed it elsewhere meanwhile
    await flush();
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('break');
    expect(controller.getSnapshot()?.failure?.status).toBe('dnd');

    controller.retry();
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
    portal.sets[1]?.answer.resolve();
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ server: 'dnd', failure: null });
  });

  it('starts when the first screen seeds the cache later', async () => {
    const portal = fakePortal('dnd');
    controller = createStatusController(client, portal.deps);
    expect(controller.getSnapshot()).toBeNull();
    client.setQueryData(peopleKeys.myStatus(), 'dnd');
    await flush();
    expect(controller.getSnapshot()?.server).toBe('dnd');
  });

  it('takes a newer status read by others, but not while a change is under way', async () => {
    const { portal, controller } = seeded('online');
    client.setQueryData(peopleKeys.myStatus(), 'away');
    await flush();
    expect(controller.getSnapshot()?.server).toBe('away');

    controller.choose('dnd');
    client.setQueryData(peopleKeys.myStatus(), 'online'); // a stale read lands mid-change
    await flush();
    expect(displayStatus(controller.getSnapshot()!)).toBe('dnd');
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd'); // and the cache is put right
    portal.sets[0]?.answer.resolve();
    await flush();
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
  });

  it('takes a refetch of my status that started while nothing changed', async () => {
    const { controller } = seeded('online');
    const answer = deferred<ChatStatus | null>();
    const fetched = client.fetchQuery({ queryKey: peopleKeys.myStatus(), queryFn: () => answer.promise });
    answer.resolve('break');
    await fetched;
    await flush();
    expect(controller.getSnapshot()?.server).toBe('break');
  });

  it('does not take a refetch of my status that started during a change (it may predate it)', async () => {
    const { portal, controller } = seeded('online');
    controller.choose('dnd');
    const answer = deferred<ChatStatus | null>();
    const fetched = client.fetchQuery({ queryKey: peopleKeys.myStatus(), queryFn: () => answer.promise });
    portal.sets[0]?.answer.resolve();
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ server: 'dnd', desired: null, busy: null });
    answer.resolve('online'); // read by the portal before the set landed
    await fetched;
    await flush();
    expect(displayStatus(controller.getSnapshot()!)).toBe('dnd');
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
  });

  it('ends a 30-minute DND when the clock reaches the end time, and says so', async () => {
    const { portal, controller } = seeded('online');
    controller.choose('dnd', T0 + 30 * MIN);
    portal.sets[0]?.answer.resolve();
    await flush();
    expect(portal.saved).toEqual([T0 + 30 * MIN]);

    await vi.advanceTimersByTimeAsync(30 * MIN - 1);
    expect(portal.sets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(portal.sets.map((s) => s.status)).toEqual(['dnd', 'online']);
    expect(controller.getSnapshot()?.endedAt).toBe(T0 + 30 * MIN);
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('online');
    expect(portal.saved).toEqual([T0 + 30 * MIN, null]);
  });

  it('ends a DND whose end time passed while the app was closed, right at start', async () => {
    const { portal } = seeded('dnd', T0 - 5 * MIN);
    await flush();
    expect(portal.sets.map((s) => s.status)).toEqual(['online']);
  });

  it('clears a stored end time when DND is no longer on', async () => {
    const { portal } = seeded('online', T0 + 5 * MIN);
    await flush();
    expect(portal.saved).toEqual([null]);
    expect(portal.sets).toHaveLength(0);
  });

  it('after a failure says it is checking, then that the portal confirmed, or that it could not check', async () => {
    const { portal, controller } = seeded('online');
    controller.choose('dnd');
    portal.sets[0]?.answer.reject(new Error('HTTP 500'));
    await flush();
    expect(controller.getSnapshot()?.failure?.check).toBe('checking');
    portal.reads[0]?.reject(new Error('offline'));
    await flush();
    expect(controller.getSnapshot()?.failure?.check).toBe('unconfirmed');
    expect(displayStatus(controller.getSnapshot()!)).toBe('online'); // the last status the portal confirmed

    // A later read (the refresh) confirms it.
    const refreshed = controller.refresh();
    portal.meReads[0]?.resolve(meWith('online'));
    await refreshed;
    expect(controller.getSnapshot()?.failure?.check).toBe('confirmed');
  });

  describe('refresh (a status set elsewhere, e.g. in the messenger)', () => {
    it('takes my status and idle mark from one im user object', async () => {
      const { portal, controller } = seeded('online');
      const done = controller.refresh();
      portal.meReads[0]?.resolve(meWith('away', T0 - 5 * MIN));
      await done;
      expect(controller.getSnapshot()?.server).toBe('away');
      expect(client.getQueryData(peopleKeys.myStatus())).toBe('away');
      expect(client.getQueryData<Person>(peopleKeys.me())?.presence).toMatchObject({ status: 'away', idleSince: T0 - 5 * MIN });
      expect(portal.sets).toHaveLength(0);
    });

    it('drops an answer to a read that started before a click (it may predate the change)', async () => {
      const { portal, controller } = seeded('online');
      const done = controller.refresh();
      controller.choose('dnd');
      portal.sets[0]?.answer.resolve();
      await flush();
      portal.meReads[0]?.resolve(meWith('online')); // read before the set landed
      await done;
      expect(displayStatus(controller.getSnapshot()!)).toBe('dnd');
      expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
      expect(client.getQueryData<Person>(peopleKeys.me())?.presence.status).toBe('dnd');
    });

    it('asks nothing while a change is under way, and only one read at a time', async () => {
      const { portal, controller } = seeded('online');
      controller.choose('dnd');
      await controller.refresh();
      expect(portal.meReads).toHaveLength(0);
      portal.sets[0]?.answer.resolve();
      await flush();
      void controller.refresh();
      void controller.refresh();
      expect(portal.meReads).toHaveLength(1);
    });

    it('keeps what is shown when the read fails', async () => {
      const { portal, controller } = seeded('dnd');
      const done = controller.refresh();
      portal.meReads[0]?.reject(new Error('offline'));
      await done;
      expect(controller.getSnapshot()).toMatchObject({ server: 'dnd', failure: null });
      expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
    });

    it('a DND turned off elsewhere also drops its end time (no timer turns anything off later)', async () => {
      const { portal, controller } = seeded('online');
      controller.choose('dnd', T0 + 30 * MIN);
      portal.sets[0]?.answer.resolve();
      await flush();
      const done = controller.refresh();
      portal.meReads[0]?.resolve(meWith('online'));
      await done;
      expect(controller.getSnapshot()).toMatchObject({ server: 'online', until: null });
      await vi.advanceTimersByTimeAsync(31 * MIN);
      expect(portal.sets).toHaveLength(1);
      expect(portal.saved.at(-1)).toBeNull();
    });
  });
});
