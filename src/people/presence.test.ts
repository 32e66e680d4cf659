import { describe, expect, it } from 'vitest';
import {
  derivePresence,
  isConnected,
  matchesPresenceFilter,
  MOBILE_ATTRIBUTION_SLACK_MS,
  ONLINE_WINDOW_MS,
  presenceRank,
  type Presence,
  type PresenceFilter,
} from './presence';
import { makeFacts as im, makePresence as presenceOf } from './fixtures';
import type { PresenceFacts } from './types';

const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function dir(over: Partial<PresenceFacts> = {}): PresenceFacts {
  return im({ source: 'directory', status: null, ...over });
}

const state = (f: PresenceFacts) => derivePresence(f, NOW).state;

describe('ONLINE_WINDOW_MS', () => {
  it('is the Bitrix24 core default of 1440 seconds', () => {
    expect(ONLINE_WINDOW_MS).toBe(1_440_000);
  });
});

describe('derivePresence — im facts, connectivity', () => {
  it('is online when active a minute ago with chosen status online', () => {
    const p = derivePresence(im({ lastActivityAt: NOW - MIN }), NOW);
    expect(p).toEqual<Presence>({
      state: 'online',
      onMobile: false,
      lastSeenAt: NOW - MIN,
      idleSince: null,
      absentUntil: null,
      chosen: 'online',
    });
  });

  it('is online one millisecond inside the window and offline exactly at the boundary', () => {
    expect(state(im({ lastActivityAt: NOW - ONLINE_WINDOW_MS + 1 }))).toBe('online');
    expect(state(im({ lastActivityAt: NOW - ONLINE_WINDOW_MS }))).toBe('offline');
  });

  it('is offline when last activity is old, keeping the chosen status and last seen', () => {
    const p = derivePresence(im({ status: 'dnd', lastActivityAt: NOW - 3 * HOUR }), NOW);
    expect(p.state).toBe('offline');
    expect(p.chosen).toBe('dnd');
    expect(p.lastSeenAt).toBe(NOW - 3 * HOUR);
  });

  it('is offline with no last seen when the person never signed in (all dates false → null)', () => {
    const p = derivePresence(im(), NOW);
    expect(p.state).toBe('offline');
    expect(p.lastSeenAt).toBeNull();
  });

  it('treats activity stamped in the future (clock skew) as active now', () => {
    expect(state(im({ lastActivityAt: NOW + 5 * MIN }))).toBe('online');
  });

  it('honours a custom online window', () => {
    const facts = im({ lastActivityAt: NOW - 10 * MIN });
    expect(derivePresence(facts, NOW, { onlineWindowMs: 15 * MIN }).state).toBe('online');
    expect(derivePresence(facts, NOW, { onlineWindowMs: 5 * MIN }).state).toBe('offline');
  });

  it('counts desktop-app activity as connected even when last_activity_date is old', () => {
    const p = derivePresence(im({ lastActivityAt: NOW - 2 * HOUR, desktopLastAt: NOW - MIN }), NOW);
    expect(p.state).toBe('online');
    expect(p.onMobile).toBe(false);
    expect(p.lastSeenAt).toBe(NOW - MIN);
  });
});

describe('derivePresence — chosen status and idle', () => {
  const active = { lastActivityAt: NOW - MIN };

  it('maps chosen dnd while connected to dnd', () => {
    expect(state(im({ ...active, status: 'dnd' }))).toBe('dnd');
  });

  it('maps chosen away and break to away', () => {
    expect(state(im({ ...active, status: 'away' }))).toBe('away');
    expect(state(im({ ...active, status: 'break' }))).toBe('away');
  });

  it('maps idle to away and reports since when', () => {
    const p = derivePresence(im({ ...active, idleSince: NOW - 12 * MIN }), NOW);
    expect(p.state).toBe('away');
    expect(p.idleSince).toBe(NOW - 12 * MIN);
  });

  it('keeps dnd when the person is also idle (the deliberate choice wins)', () => {
    const p = derivePresence(im({ ...active, status: 'dnd', idleSince: NOW - 12 * MIN }), NOW);
    expect(p.state).toBe('dnd');
    expect(p.idleSince).toBe(NOW - 12 * MIN);
  });

  it('is offline, not away, when idle but no longer connected', () => {
    expect(state(im({ lastActivityAt: NOW - HOUR, idleSince: NOW - 2 * HOUR }))).toBe('offline');
  });

  it('treats an unknown chosen status (null) as online while connected', () => {
    const p = derivePresence(im({ ...active, status: null }), NOW);
    expect(p.state).toBe('online');
    expect(p.chosen).toBeNull();
  });
});

describe('derivePresence — leave (absent)', () => {
  it('is on vacation when absent is in the future and the person is not connected', () => {
    const until = NOW + 5 * DAY;
    const p = derivePresence(im({ lastActivityAt: NOW - 2 * DAY, absentUntil: until }), NOW);
    expect(p.state).toBe('vacation');
    expect(p.absentUntil).toBe(until);
    expect(p.lastSeenAt).toBe(NOW - 2 * DAY);
  });

  it('shows activity, not vacation, when someone on leave is active right now', () => {
    const p = derivePresence(im({ lastActivityAt: NOW - MIN, absentUntil: NOW + DAY, status: 'dnd' }), NOW);
    expect(p.state).toBe('dnd');
    expect(p.absentUntil).toBe(NOW + DAY);
  });

  it('ignores an absence that has already ended (and one ending exactly now)', () => {
    const past = derivePresence(im({ lastActivityAt: NOW - 2 * DAY, absentUntil: NOW - DAY }), NOW);
    expect(past.state).toBe('offline');
    expect(past.absentUntil).toBeNull();
    expect(derivePresence(im({ absentUntil: NOW }), NOW).state).toBe('offline');
  });
});

describe('derivePresence — mobile', () => {
  it('is online on mobile when only the mobile app was used recently', () => {
    const p = derivePresence(im({ mobileLastAt: NOW - 2 * MIN, lastActivityAt: NOW - 2 * MIN }), NOW);
    expect(p).toMatchObject({ state: 'online', onMobile: true, lastSeenAt: NOW - 2 * MIN });
  });

  it('is online on mobile when last_activity_date is unset but mobile is recent', () => {
    expect(derivePresence(im({ mobileLastAt: NOW - MIN }), NOW)).toMatchObject({ state: 'online', onMobile: true });
  });

  it('attributes activity clearly newer than the mobile one to a computer', () => {
    const p = derivePresence(
      im({ mobileLastAt: NOW - 10 * MIN, lastActivityAt: NOW - 10 * MIN + MOBILE_ATTRIBUTION_SLACK_MS + 1 }),
      NOW,
    );
    expect(p.onMobile).toBe(false);
    const within = derivePresence(
      im({ mobileLastAt: NOW - 10 * MIN, lastActivityAt: NOW - 10 * MIN + MOBILE_ATTRIBUTION_SLACK_MS }),
      NOW,
    );
    expect(within.onMobile).toBe(true);
  });

  it('is not on mobile when the desktop app is active too', () => {
    const p = derivePresence(im({ mobileLastAt: NOW - MIN, desktopLastAt: NOW - 5 * MIN }), NOW);
    expect(p).toMatchObject({ state: 'online', onMobile: false });
  });

  it('is not on mobile when the mobile activity is outside the window', () => {
    const p = derivePresence(im({ mobileLastAt: NOW - HOUR, lastActivityAt: NOW - MIN }), NOW);
    expect(p.onMobile).toBe(false);
  });

  it('keeps the chosen status on mobile (dnd on mobile)', () => {
    expect(derivePresence(im({ mobileLastAt: NOW - MIN, status: 'dnd' }), NOW)).toMatchObject({
      state: 'dnd',
      onMobile: true,
    });
  });

  it('is offline with last seen = the newest of web and mobile when neither is recent', () => {
    const p = derivePresence(im({ lastActivityAt: NOW - 5 * HOUR, mobileLastAt: NOW - 2 * HOUR }), NOW);
    expect(p).toMatchObject({ state: 'offline', onMobile: false, lastSeenAt: NOW - 2 * HOUR });
  });
});

describe('derivePresence — directory facts', () => {
  it('is online when IS_ONLINE is true and the last activity is within the window', () => {
    const p = derivePresence(dir({ onlineFlag: true, lastActivityAt: NOW - MIN }), NOW);
    expect(p).toEqual<Presence>({
      state: 'online',
      onMobile: false,
      lastSeenAt: NOW - MIN,
      idleSince: null,
      absentUntil: null,
      chosen: null,
    });
  });

  it('lets the portal flag veto: IS_ONLINE false → offline even with recent activity', () => {
    expect(state(dir({ onlineFlag: false, lastActivityAt: NOW - MIN }))).toBe('offline');
  });

  it('expires a stale IS_ONLINE true by our clock', () => {
    expect(state(dir({ onlineFlag: true, lastActivityAt: NOW - HOUR }))).toBe('offline');
  });

  it('uses the window alone when no flag is given, and the flag alone when no date is given', () => {
    expect(state(dir({ lastActivityAt: NOW - MIN }))).toBe('online');
    expect(state(dir({ lastActivityAt: NOW - HOUR }))).toBe('offline');
    expect(state(dir({ onlineFlag: true }))).toBe('online');
    expect(state(dir({ onlineFlag: false }))).toBe('offline');
  });

  it('is unknown when neither flag nor date is known', () => {
    expect(state(dir())).toBe('unknown');
  });

  it('never reports dnd, away or mobile, whatever else the facts say', () => {
    const p = derivePresence(
      dir({ onlineFlag: true, lastActivityAt: NOW - MIN, status: 'dnd', idleSince: NOW - MIN, mobileLastAt: NOW }),
      NOW,
    );
    expect(p.state).toBe('online');
    expect(p.onMobile).toBe(false);
    expect(p.idleSince).toBeNull();
    expect(p.chosen).toBeNull();
  });
});

describe('presenceRank', () => {
  it('orders online < mobile < away < dnd < offline < vacation < unknown', () => {
    const ordered = [
      presenceOf({ state: 'online' }),
      presenceOf({ state: 'online', onMobile: true }),
      presenceOf({ state: 'away' }),
      presenceOf({ state: 'dnd' }),
      presenceOf({ state: 'offline' }),
      presenceOf({ state: 'vacation' }),
      presenceOf({ state: 'unknown' }),
    ];
    const ranks = ordered.map(presenceRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe('matchesPresenceFilter', () => {
  const cases: [Presence, PresenceFilter[]][] = [
    [presenceOf({ state: 'online' }), ['all', 'online']],
    [presenceOf({ state: 'online', onMobile: true }), ['all', 'online']],
    [presenceOf({ state: 'dnd' }), ['all', 'dnd']],
    [presenceOf({ state: 'away' }), ['all', 'away']],
    [presenceOf({ state: 'offline' }), ['all', 'offline']],
    [presenceOf({ state: 'vacation', absentUntil: 1 }), ['all', 'offline', 'vacation']],
    [presenceOf({ state: 'online', absentUntil: 1 }), ['all', 'online', 'vacation']],
    [presenceOf({ state: 'unknown' }), ['all']],
  ];
  const filters: PresenceFilter[] = ['all', 'online', 'dnd', 'away', 'offline', 'vacation'];

  it.each(cases)('%o passes exactly %o', (p, passing) => {
    expect(filters.filter((f) => matchesPresenceFilter(p, f))).toEqual(passing);
  });
});

describe('isConnected', () => {
  it('is true for online, dnd and away only', () => {
    const states = ['online', 'dnd', 'away', 'offline', 'vacation', 'unknown'] as const;
    expect(states.filter((s) => isConnected(presenceOf({ state: s })))).toEqual(['online', 'dnd', 'away']);
  });
});
