import { describe, expect, it } from 'vitest';
import type { ChatStatus } from '../../people/types';
import {
  displayStatus,
  isDndOn,
  isSaving,
  isSending,
  reduceStatus,
  startStatus,
  timerDeadline,
  type StatusEffect,
  type StatusEvent,
  type StatusState,
} from './statusMachine';

const T0 = Date.UTC(2026, 2, 2, 11, 0);
const MIN = 60_000;

/** Runs events in order, collecting every effect. */
function run(start: StatusState, ...events: StatusEvent[]): { state: StatusState; effects: StatusEffect[] } {
  let state = start;
  const effects: StatusEffect[] = [];
  for (const event of events) {
    const t = reduceStatus(state, event);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

const online = startStatus('online', null).state;
const sends = (effects: StatusEffect[]) => effects.filter((e) => e.type === 'send').map((e) => (e as { status: ChatStatus }).status);

describe('optimistic change', () => {
  it('shows the choice at once and sends exactly one request', () => {
    const t = reduceStatus(online, { type: 'choose', status: 'dnd' });
    expect(isDndOn(t.state)).toBe(true);
    expect(isSaving(t.state)).toBe(true);
    expect(t.effects).toEqual([{ type: 'send', status: 'dnd' }]);
  });

  it('settles on the confirmed status', () => {
    const { state, effects } = run(online, { type: 'choose', status: 'dnd' }, { type: 'setSucceeded', status: 'dnd' });
    expect(state).toMatchObject({ server: 'dnd', desired: null, busy: null, failure: null });
    expect(sends(effects)).toEqual(['dnd']);
  });

  it('choosing what the portal already has sends nothing', () => {
    expect(reduceStatus(online, { type: 'choose', status: 'online' }).effects).toEqual([]);
  });
});

describe('rollback', () => {
  it('a failed set re-reads the portal, shows its status and keeps the error for a retry', () => {
    const error = new Error('boom');
    const failed = run(online, { type: 'choose', status: 'dnd' }, { type: 'setFailed', status: 'dnd', error });
    expect(failed.effects).toEqual([{ type: 'send', status: 'dnd' }, { type: 'read' }]);
    expect(displayStatus(failed.state)).toBe('online'); // back to the last known truth at once
    expect(failed.state.failure).toEqual({ status: 'dnd', until: null, error, check: 'checking' });
    expect(failed.state.busy).toEqual({ kind: 'read' });

    const read = reduceStatus(failed.state, { type: 'readSucceeded', status: 'away' });
    expect(displayStatus(read.state)).toBe('away'); // the portal's real status, whatever it is
    expect(isDndOn(read.state)).toBe(false);
    expect(read.state.failure?.error).toBe(error);
    expect(read.state.failure?.check).toBe('confirmed');
    expect(read.effects).toEqual([]);
  });

  it('a failed re-read leaves the last confirmed status, marked as not checked', () => {
    const { state } = run(online, { type: 'choose', status: 'dnd' }, { type: 'setFailed', status: 'dnd', error: 'x' }, { type: 'readFailed', error: 'y' });
    expect(displayStatus(state)).toBe('online');
    expect(state.failure).toMatchObject({ status: 'dnd', check: 'unconfirmed' });
    expect(isSending(state)).toBe(false);
  });

  it('while the portal is being checked, nothing is "sending"', () => {
    const { state } = run(online, { type: 'choose', status: 'dnd' }, { type: 'setFailed', status: 'dnd', error: 'x' });
    expect(isSaving(state)).toBe(true);
    expect(isSending(state)).toBe(false);
  });

  it('drops choices queued behind a failed request (the user sees the truth and the error)', () => {
    const { state, effects } = run(
      online,
      { type: 'choose', status: 'dnd' },
      { type: 'choose', status: 'online' },
      { type: 'choose', status: 'dnd' },
      { type: 'setFailed', status: 'dnd', error: 'x' },
      { type: 'readSucceeded', status: 'online' },
    );
    expect(sends(effects)).toEqual(['dnd']);
    expect(state).toMatchObject({ server: 'online', desired: null, busy: null });
    expect(state.failure?.status).toBe('dnd');
  });

  it('Retry sends the failed choice again and clears the error', () => {
    const failed = run(online, { type: 'choose', status: 'dnd', until: T0 + 30 * MIN }, { type: 'setFailed', status: 'dnd', error: 'x' }, { type: 'readSucceeded', status: 'online' });
    const retried = reduceStatus(failed.state, { type: 'retry' });
    expect(retried.state.failure).toBeNull();
    expect(isDndOn(retried.state)).toBe(true);
    expect(retried.state.until).toBe(T0 + 30 * MIN);
    expect(sends(retried.effects)).toEqual(['dnd']);
  });

  it('a failed re-read keeps the last known status; a choice made meanwhile still goes out', () => {
    const { state, effects } = run(
      online,
      { type: 'choose', status: 'dnd' },
      { type: 'setFailed', status: 'dnd', error: 'x' },
      { type: 'choose', status: 'dnd' },
      { type: 'readFailed', error: 'y' },
    );
    expect(effects).toEqual([{ type: 'send', status: 'dnd' }, { type: 'read' }, { type: 'send', status: 'dnd' }]);
    expect(state.busy).toEqual({ kind: 'set', status: 'dnd' });
  });

  it('Retry with nothing failed does nothing', () => {
    expect(reduceStatus(online, { type: 'retry' })).toEqual({ state: online, effects: [] });
  });
});

describe('coalescing rapid clicks', () => {
  /** Clicks the switch n times while the first request is in flight. */
  function clicks(n: number): StatusEvent[] {
    const events: StatusEvent[] = [];
    let on = false;
    for (let i = 0; i < n; i++) {
      on = !on;
      events.push({ type: 'choose', status: on ? 'dnd' : 'online' });
    }
    return events;
  }

  it('five clicks: one request in flight, then the last choice if it differs', () => {
    const during = run(online, ...clicks(5));
    expect(sends(during.effects)).toEqual(['dnd']); // the others wait
    expect(isDndOn(during.state)).toBe(true); // 5 clicks from off → on
    const after = run(during.state, { type: 'setSucceeded', status: 'dnd' });
    expect(sends(after.effects)).toEqual([]); // the last choice is what the portal has
    expect(after.state).toMatchObject({ server: 'dnd', desired: null, busy: null });
  });

  it('four clicks: the first request, then one more for the last choice', () => {
    const during = run(online, ...clicks(4));
    expect(isDndOn(during.state)).toBe(false);
    const first = reduceStatus(during.state, { type: 'setSucceeded', status: 'dnd' });
    expect(first.effects).toEqual([{ type: 'send', status: 'online' }]);
    expect(isDndOn(first.state)).toBe(false); // the switch never flickers back
    const done = reduceStatus(first.state, { type: 'setSucceeded', status: 'online' });
    expect(done.state).toMatchObject({ server: 'online', desired: null, busy: null });
  });

  it('never has two requests in flight, whatever the sequence', () => {
    // A small exhaustive walk: every sequence of up to 6 clicks with answers interleaved.
    const choices: ChatStatus[] = ['dnd', 'online'];
    for (let mask = 0; mask < 1 << 6; mask++) {
      let state = online;
      let inFlight = 0;
      let last: ChatStatus = 'online';
      for (let i = 0; i < 6; i++) {
        const status = choices[(mask >> i) & 1] as ChatStatus;
        last = status;
        const t = reduceStatus(state, { type: 'choose', status });
        inFlight += sends(t.effects).length;
        expect(inFlight).toBeLessThanOrEqual(1);
        state = t.state;
        if (i % 2 === 1 && state.busy?.kind === 'set') {
          const answered = reduceStatus(state, { type: 'setSucceeded', status: state.busy.status });
          inFlight = sends(answered.effects).length;
          state = answered.state;
        }
      }
      while (state.busy?.kind === 'set') {
        const answered = reduceStatus(state, { type: 'setSucceeded', status: state.busy.status });
        expect(sends(answered.effects).length).toBeLessThanOrEqual(1);
        state = answered.state;
      }
      expect(state.server).toBe(last);
      expect(displayStatus(state)).toBe(last);
    }
  });
});

describe('observations from elsewhere', () => {
  it('a status read while idle becomes the truth', () => {
    expect(reduceStatus(online, { type: 'observed', status: 'break' }).state.server).toBe('break');
  });

  it('a read that lands during a change is ignored (it may predate the change)', () => {
    const { state } = run(online, { type: 'choose', status: 'dnd' }, { type: 'observed', status: 'online' }, { type: 'setSucceeded', status: 'dnd' });
    expect(displayStatus(state)).toBe('dnd');
  });
});

describe('away and break set elsewhere', () => {
  const away = startStatus('away', null).state;

  it('show the switch off; turning it on sets dnd, turning it off sets online', () => {
    expect(isDndOn(away)).toBe(false);
    expect(isDndOn(startStatus('break', null).state)).toBe(false);
    const on = run(away, { type: 'choose', status: 'dnd' }, { type: 'setSucceeded', status: 'dnd' });
    expect(sends(on.effects)).toEqual(['dnd']);
    const off = run(on.state, { type: 'choose', status: 'online' });
    expect(sends(off.effects)).toEqual(['online']);
  });

  it('turning the switch "off" from away sets online (the user asked to be available)', () => {
    expect(sends(reduceStatus(away, { type: 'choose', status: 'online' }).effects)).toEqual(['online']);
  });
});

describe('durations with a fixed clock', () => {
  const until = T0 + 30 * MIN;

  it('keeps the end time and saves it with the choice', () => {
    const t = reduceStatus(online, { type: 'choose', status: 'dnd', until });
    expect(t.effects).toEqual([{ type: 'saveUntil', until }, { type: 'send', status: 'dnd' }]);
    expect(timerDeadline(t.state)).toBe(until);
  });

  it('before the end time nothing happens; at it DND ends, online is sent and the notice is raised', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }).state;
    expect(reduceStatus(on, { type: 'tick', now: until - 1 })).toEqual({ state: on, effects: [] });
    const ended = reduceStatus(on, { type: 'tick', now: until });
    expect(isDndOn(ended.state)).toBe(false);
    expect(ended.state.endedAt).toBe(until);
    expect(ended.effects).toEqual([{ type: 'saveUntil', until: null }, { type: 'send', status: 'online' }]);
    expect(timerDeadline(ended.state)).toBeNull();
  });

  it('an end time already past when the app opens ends DND at the first tick', () => {
    const start = startStatus('dnd', until);
    expect(start.effects).toEqual([]);
    const t = reduceStatus(start.state, { type: 'tick', now: until + 5 * MIN });
    expect(sends(t.effects)).toEqual(['online']);
    expect(t.state.endedAt).toBe(until);
  });

  it('a stored end time without DND on the portal is stale and cleared', () => {
    const start = startStatus('online', until);
    expect(start.state.until).toBeNull();
    expect(start.effects).toEqual([{ type: 'saveUntil', until: null }]);
  });

  it('changing the duration while DND is on saves the new end time without a request', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }).state;
    const t = reduceStatus(on, { type: 'choose', status: 'dnd', until: until + 60 * MIN });
    expect(t.effects).toEqual([{ type: 'saveUntil', until: until + 60 * MIN }]);
  });

  it('turning DND off clears the end time; a DND turned off elsewhere clears it too', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }).state;
    expect(reduceStatus(on, { type: 'choose', status: 'online' }).effects).toEqual([
      { type: 'saveUntil', until: null },
      { type: 'send', status: 'online' },
    ]);
    const observed = reduceStatus(on, { type: 'observed', status: 'online' });
    expect(observed.state.until).toBeNull();
    expect(observed.effects).toEqual([{ type: 'saveUntil', until: null }]);
  });

  it('a failed DND-with-timer rolls the end time back with the status', () => {
    const failed = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setFailed', status: 'dnd', error: 'x' });
    expect(failed.state.until).toBeNull();
    expect(failed.effects).toEqual([{ type: 'saveUntil', until }, { type: 'send', status: 'dnd' }, { type: 'saveUntil', until: null }, { type: 'read' }]);
    expect(failed.state.failure?.until).toBe(until); // Retry asks for the same end time
    const read = reduceStatus(failed.state, { type: 'readSucceeded', status: 'online' });
    expect(read.state.until).toBeNull();
    expect(read.effects).toEqual([]);
  });

  it('a failed "off" keeps DND with its end time (restored and saved again)', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }).state;
    const failed = run(on, { type: 'choose', status: 'online' }, { type: 'setFailed', status: 'online', error: 'x' });
    expect(failed.effects).toEqual([{ type: 'saveUntil', until: null }, { type: 'send', status: 'online' }, { type: 'saveUntil', until }, { type: 'read' }]);
    const read = reduceStatus(failed.state, { type: 'readSucceeded', status: 'dnd' });
    expect(isDndOn(read.state)).toBe(true);
    expect(timerDeadline(read.state)).toBe(until);
  });

  it('when ending DND at its end time fails, it does not try again and again', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }).state;
    const failed = run(on, { type: 'tick', now: until }, { type: 'setFailed', status: 'online', error: 'x' }, { type: 'readSucceeded', status: 'dnd' });
    expect(isDndOn(failed.state)).toBe(true); // the portal still has DND, and the switch says so
    expect(failed.state.failure?.status).toBe('online');
    expect(timerDeadline(failed.state)).toBeNull();
    expect(reduceStatus(failed.state, { type: 'tick', now: until + 60_000 }).effects).toEqual([]);
  });

  it('changing the end time while DND is on becomes the one a failure rolls back to', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }, { type: 'choose', status: 'dnd', until: until + MIN }).state;
    const failed = run(on, { type: 'choose', status: 'online' }, { type: 'setFailed', status: 'online', error: 'x' }).state;
    expect(failed.until).toBe(until + MIN);
  });

  it('a new choice dismisses the "DND ended" notice', () => {
    const on = run(online, { type: 'choose', status: 'dnd', until }, { type: 'setSucceeded', status: 'dnd' }).state;
    const ended = run(on, { type: 'tick', now: until }, { type: 'setSucceeded', status: 'online' }).state;
    expect(ended.endedAt).toBe(until);
    expect(reduceStatus(ended, { type: 'dismissNotice' }).state.endedAt).toBeNull();
    expect(reduceStatus(ended, { type: 'choose', status: 'dnd' }).state.endedAt).toBeNull();
  });
});
