/**
 * The do-not-disturb switch as a pure state machine (no React, no I/O): events in, a new state and
 * the effects to run out. It keeps three things apart:
 * - `server`: the portal's status as last confirmed (a successful set, a read, or an observation);
 * - `desired`: the user's latest choice while the portal has not confirmed it;
 * - `busy`: the one request in flight (a status set, or a re-read after a failure).
 *
 * What the switch shows is `desired ?? server` (optimistic). At most one request runs at a time:
 * choices made meanwhile only move `desired`; when the request returns, the latest choice is sent
 * if it differs from what the portal now has. A failed set drops the pending choice, re-reads the
 * portal's status and shows that, with the error kept for a retry. So after any sequence of clicks
 * the switch and the portal agree on the last choice, or the switch shows the portal's real status
 * and says why it differs.
 *
 * The DND end time (`until`) lives here too: a `tick` at or after it switches back to online.
 */
import type { ChatStatus } from '../../people/types';

export type StatusBusy = { kind: 'set'; status: ChatStatus } | { kind: 'read' } | null;

/**
 * After a failed change the portal's status is read again, and the alert says how sure it is:
 * 'checking' while that read runs, 'confirmed' once the portal answered (the switch shows what it
 * has), 'unconfirmed' when the read failed too (the switch shows the last status it confirmed).
 */
export type FailureCheck = 'checking' | 'confirmed' | 'unconfirmed';

export interface StatusFailure {
  /** What the user wanted when it failed (what Retry sends again). */
  status: ChatStatus;
  /** The DND end time that went with it. */
  until: number | null;
  error: unknown;
  check: FailureCheck;
}

export interface StatusState {
  /** The portal's status as last known; null when the portal has none stored. */
  server: ChatStatus | null;
  /** The latest choice the portal has not confirmed yet; null when nothing is pending. */
  desired: ChatStatus | null;
  busy: StatusBusy;
  /** When DND ends (epoch ms), kept by the app; null = until turned off. Only set while DND shows. */
  until: number | null;
  /** The end time that goes with `server` (what a failed change rolls back to). */
  settledUntil: number | null;
  /** The last change that failed (shown as an alert with Retry), or null. */
  failure: StatusFailure | null;
  /** DND was ended by its timer (the end time), for the notice; null otherwise. */
  endedAt: number | null;
}

export type StatusEvent =
  | { type: 'choose'; status: ChatStatus; until?: number | null }
  | { type: 'retry' }
  | { type: 'setSucceeded'; status: ChatStatus }
  | { type: 'setFailed'; status: ChatStatus; error: unknown }
  | { type: 'readSucceeded'; status: ChatStatus | null }
  | { type: 'readFailed'; error: unknown }
  | { type: 'observed'; status: ChatStatus | null }
  | { type: 'tick'; now: number }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' };

export type StatusEffect =
  | { type: 'send'; status: ChatStatus }
  | { type: 'read' }
  | { type: 'saveUntil'; until: number | null };

export interface Transition {
  state: StatusState;
  effects: StatusEffect[];
}

/** What the switch and the card show: the pending choice, else the portal's status. */
export function displayStatus(s: StatusState): ChatStatus | null {
  return s.desired ?? s.server;
}

/** The switch is on only for `dnd`; `away`, `break`, `online` and "none" show it off. */
export function isDndOn(s: StatusState): boolean {
  return displayStatus(s) === 'dnd';
}

/** A change is on its way to the portal (or being checked after a failure). */
export function isSaving(s: StatusState): boolean {
  return s.busy !== null || s.desired !== null;
}

/** A choice of the user's is on its way (not the check after a failure, which the alert reports). */
export function isSending(s: StatusState): boolean {
  return s.desired !== null || s.busy?.kind === 'set';
}

/** When the DND timer must fire, or null when no timer runs. */
export function timerDeadline(s: StatusState): number | null {
  return isDndOn(s) ? s.until : null;
}

/**
 * The machine's first state, from the portal's status and the stored end time. An end time
 * without DND on the portal is stale (DND was turned off elsewhere): it is dropped and cleared.
 */
export function startStatus(server: ChatStatus | null, storedUntil: number | null): Transition {
  const until = server === 'dnd' ? storedUntil : null;
  const state: StatusState = { server, desired: null, busy: null, until, settledUntil: until, failure: null, endedAt: null };
  return { state, effects: storedUntil !== null && until === null ? [{ type: 'saveUntil', until: null }] : [] };
}

export function reduceStatus(s: StatusState, event: StatusEvent): Transition {
  switch (event.type) {
    case 'choose':
      return choose(s, event.status, event.until ?? null);
    case 'retry':
      return s.failure ? choose(s, s.failure.status, s.failure.until) : unchanged(s);
    case 'setSucceeded':
      return settle({ ...s, server: event.status, busy: null });
    case 'setFailed': {
      // The end time rolls back with the status, except the one whose expiry this change was
      // (restoring a past end time would end DND again at once, over and over).
      const until = s.endedAt !== null ? null : s.settledUntil;
      const effects: StatusEffect[] = until !== s.until ? [{ type: 'saveUntil', until }] : [];
      effects.push({ type: 'read' });
      return {
        state: {
          ...s,
          desired: null,
          busy: { kind: 'read' },
          until,
          endedAt: null,
          failure: { status: s.desired ?? event.status, until: s.until, error: event.error, check: 'checking' },
        },
        effects,
      };
    }
    case 'readSucceeded':
      return settle({ ...s, server: event.status, busy: null, failure: checked(s.failure, 'confirmed') });
    case 'readFailed':
      // The last known status stays (and the alert says it could not be checked); a choice made
      // meanwhile still goes out.
      return settle({ ...s, busy: null, failure: checked(s.failure, 'unconfirmed') });
    case 'observed':
      // While a change is under way, a read that started earlier may be stale: ignore it.
      if (isSaving(s)) return unchanged(s);
      return settle({ ...s, server: event.status, failure: checked(s.failure, 'confirmed') });
    case 'tick': {
      if (s.until === null || !isDndOn(s) || event.now < s.until) return unchanged(s);
      const endedAt = s.until;
      const next = choose(s, 'online', null);
      return { state: { ...next.state, endedAt }, effects: next.effects };
    }
    case 'dismissError':
      return unchanged({ ...s, failure: null });
    case 'dismissNotice':
      return unchanged({ ...s, endedAt: null });
  }
}

function checked(failure: StatusFailure | null, check: FailureCheck): StatusFailure | null {
  return failure && failure.check !== check ? { ...failure, check } : failure;
}

function unchanged(state: StatusState): Transition {
  return { state, effects: [] };
}

function choose(s: StatusState, status: ChatStatus, until: number | null): Transition {
  const nextUntil = status === 'dnd' ? until : null;
  const effects: StatusEffect[] = nextUntil !== s.until ? [{ type: 'saveUntil', until: nextUntil }] : [];
  const base: StatusState = { ...s, until: nextUntil, failure: null, endedAt: null };
  if (s.busy !== null) return { state: { ...base, desired: status }, effects };
  if (status === s.server) return { state: { ...base, desired: null, settledUntil: nextUntil }, effects };
  effects.push({ type: 'send', status });
  return { state: { ...base, desired: status, busy: { kind: 'set', status } }, effects };
}

/** Nothing in flight: send the latest choice if the portal differs, else settle on the portal's status. */
function settle(s: StatusState): Transition {
  if (s.busy !== null) return unchanged(s);
  if (s.desired !== null && s.desired !== s.server) {
    return { state: { ...s, busy: { kind: 'set', status: s.desired } }, effects: [{ type: 'send', status: s.desired }] };
  }
  const settled: StatusState = { ...s, desired: null, settledUntil: s.until };
  if (settled.server !== 'dnd' && settled.until !== null) {
    return { state: { ...settled, until: null, settledUntil: null }, effects: [{ type: 'saveUntil', until: null }] };
  }
  return unchanged(settled);
}
