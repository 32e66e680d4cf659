/**
 * Runs the status machine (statusMachine.ts) against the portal and the query cache:
 * - every transition updates subscribers synchronously (the switch moves in the same event
 *   handler as the click: no await before the UI changes);
 * - the shown status is written to the shared `peopleKeys.myStatus()` cache (and my `me` object),
 *   so every screen that shows me changes at once, and rolls back with the machine;
 * - effects run here: one `im.user.status.set` at a time, the re-read after a failure, the
 *   stored DND end time (a user option), and the timer that ends DND;
 * - `refresh()` reads my im user object again (a status or idle mark set elsewhere, e.g. in the
 *   messenger); an answer to a read that started before the latest choice is dropped, so a slow
 *   refresh can never undo a click.
 *
 * One controller per QueryClient (see statusControllerFor), so two cards on a page share it.
 */
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { peopleKeys } from '../../people/queries';
import type { ChatStatus, Person } from '../../people/types';
import {
  displayStatus,
  isSaving,
  reduceStatus,
  startStatus,
  timerDeadline,
  type StatusEffect,
  type StatusEvent,
  type StatusState,
  type Transition,
} from './statusMachine';

export interface StatusControllerDeps {
  /** im.user.status.set */
  setStatus(status: ChatStatus): Promise<void>;
  /** im.user.status.get (after a failure: what does the portal really have?) */
  readStatus(): Promise<ChatStatus | null>;
  /** im.user.get: my im user object (chosen status and idle mark), for `refresh()`. */
  readMe(): Promise<Person>;
  /** The DND end time kept in the user option (from the init data: no request). */
  readStoredUntil(): number | null;
  saveUntil(until: number | null): Promise<void>;
  /** Reports a failure nobody waits for (saving the end time). */
  report(error: unknown): void;
  now(): number;
}

export interface StatusController {
  /** null until the portal's status is known (the first screen's batch seeds it). */
  getSnapshot(): StatusState | null;
  subscribe(listener: () => void): () => void;
  /** The user's choice; `until` (epoch ms) only with 'dnd', null = until turned off. */
  choose(status: ChatStatus, until?: number | null): void;
  retry(): void;
  /**
   * Reads my status (and idle mark) again, when nothing is being changed: one im.user.get.
   * Resolves when done; a failure keeps what is shown.
   */
  refresh(): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  /** Stops the timer and the cache subscription (tests). */
  dispose(): void;
}

/** setTimeout's longest delay; longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createStatusController(queryClient: QueryClient, deps: StatusControllerDeps): StatusController {
  const statusHash = hashKey(peopleKeys.myStatus());
  const listeners = new Set<() => void>();
  let state: StatusState | null = null;
  /** The status last written to the cache (or read from it at start). */
  let written: ChatStatus | null | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAt: number | null = null;
  let saving: Promise<void> = Promise.resolve();
  let disposed = false;
  /** Grows with every change the user (or the DND timer) makes: a refresh started before one is stale. */
  let changes = 0;
  let refreshing = false;

  let storedUntil: number | null = null;
  try {
    storedUntil = deps.readStoredUntil();
  } catch (error) {
    deps.report(error);
  }

  function start(server: ChatStatus | null): void {
    written = server;
    apply(startStatus(server, storedUntil));
    tick(); // an end time that passed while the app was closed ends DND before it is ever shown
  }

  function dispatch(event: StatusEvent): void {
    if (state !== null && !disposed) apply(reduceStatus(state, event));
  }

  function apply(transition: Transition): void {
    const changed = transition.state !== state;
    state = transition.state;
    writeCache();
    armTimer();
    if (changed) for (const listener of [...listeners]) listener();
    for (const effect of transition.effects) run(effect);
  }

  function writeCache(): void {
    if (state === null) return;
    const shown = displayStatus(state);
    if (shown === written) return;
    written = shown;
    queryClient.setQueryData(peopleKeys.myStatus(), shown);
    queryClient.setQueryData<Person>(peopleKeys.me(), (me) =>
      me && me.presence.source === 'im' && me.presence.status !== shown ? { ...me, presence: { ...me.presence, status: shown } } : me,
    );
  }

  function run(effect: StatusEffect): void {
    switch (effect.type) {
      case 'send': {
        const { status } = effect;
        deps.setStatus(status).then(
          () => dispatch({ type: 'setSucceeded', status }),
          (error: unknown) => dispatch({ type: 'setFailed', status, error }),
        );
        break;
      }
      case 'read':
        deps.readStatus().then(
          (status) => dispatch({ type: 'readSucceeded', status }),
          (error: unknown) => dispatch({ type: 'readFailed', error }),
        );
        break;
      case 'saveUntil': {
        const { until } = effect;
        // One after another, so the portal keeps the last value.
        saving = saving.then(() => deps.saveUntil(until)).catch(deps.report);
        break;
      }
    }
  }

  function armTimer(): void {
    const deadline = state === null || disposed ? null : timerDeadline(state);
    if (deadline === timerAt) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    timerAt = deadline;
    if (deadline === null) return;
    const delay = Math.min(Math.max(0, deadline - deps.now()), MAX_TIMER_MS);
    timer = setTimeout(() => {
      timer = null;
      timerAt = null;
      tick();
      armTimer(); // still early (a re-armed long wait): wait again
    }, delay);
  }

  function tick(): void {
    const before = state;
    dispatch({ type: 'tick', now: deps.now() });
    if (state !== before) changes += 1; // the end time passed: DND is being turned off
  }

  async function refresh(): Promise<void> {
    if (state === null || isSaving(state) || refreshing || disposed) return;
    const startedAt = changes;
    refreshing = true;
    try {
      const me = await deps.readMe();
      if (disposed || startedAt !== changes || state === null || isSaving(state)) return;
      dispatch({ type: 'observed', status: me.presence.status });
      // My object as the portal has it, with the status the switch shows (the same after `observed`).
      const shown = displayStatus(state);
      queryClient.setQueryData<Person>(peopleKeys.me(), { ...me, presence: { ...me.presence, status: shown } });
    } catch {
      // What is shown stays (the last status the portal confirmed); src/b24 has logged the error.
    } finally {
      refreshing = false;
    }
  }

  // Background tabs and sleeping laptops delay timers: check again when the app is seen.
  const onVisible = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'visible') tick();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  if (typeof window !== 'undefined') window.addEventListener('focus', onVisible);

  // The portal's status as other code reads it (the first screen's batch, a refetch). A fetch of
  // the status query that started during a change, or before the latest choice, may answer what the
  // portal had before it: its answer is not taken (the cache is put back to what the switch shows).
  let fetchFrom: number | null = null;
  const unsubscribeCache = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryHash !== statusHash) return;
    const { action } = event;
    if (action.type === 'fetch') {
      fetchFrom = state !== null && isSaving(state) ? null : changes;
      return;
    }
    if (action.type !== 'success') return;
    const stale = action.manual !== true && fetchFrom !== changes;
    const data = event.query.state.data as ChatStatus | null | undefined;
    if (data === undefined || data === written) return;
    // Not inside the cache's own notification: our answer may write the cache again.
    queueMicrotask(() => {
      if (disposed) return;
      if (state === null) start(data);
      else if (stale) {
        written = data;
        writeCache();
      } else {
        written = data;
        dispatch({ type: 'observed', status: data });
      }
    });
  });

  const seeded = queryClient.getQueryData<ChatStatus | null>(peopleKeys.myStatus());
  if (seeded !== undefined) start(seeded);

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    choose(status, until = null) {
      // A read of my status still on its way may predate this choice: drop it.
      void queryClient.cancelQueries({ queryKey: peopleKeys.myStatus(), exact: true });
      changes += 1;
      dispatch({ type: 'choose', status, until });
    },
    retry() {
      changes += 1;
      dispatch({ type: 'retry' });
    },
    refresh,
    dismissError: () => dispatch({ type: 'dismissError' }),
    dismissNotice: () => dispatch({ type: 'dismissNotice' }),
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribeCache();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      if (typeof window !== 'undefined') window.removeEventListener('focus', onVisible);
      listeners.clear();
    },
  };
}

const controllers = new WeakMap<QueryClient, StatusController>();

/** The one controller of this QueryClient (created on first use with `deps`). */
export function statusControllerFor(queryClient: QueryClient, deps: () => StatusControllerDeps): StatusController {
  let controller = controllers.get(queryClient);
  if (!controller) {
    controller = createStatusController(queryClient, deps());
    controllers.set(queryClient, controller);
  }
  return controller;
}
