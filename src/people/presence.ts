/**
 * Presence derivation: what the portal tells us (PresenceFacts) → what we show (Presence).
 *
 * Bitrix24 semantics (see shared/reference/ux-and-look.md):
 * - `status` is the status the person CHOSE (online/dnd/away/break), not connectivity;
 * - "connected now" = some activity newer than the online window;
 * - `idle` = automatic "away from the computer"; `absent` = on leave until that date.
 *
 * Rules, in order:
 * 1. Connected = last activity (web, desktop or mobile) within ONLINE_WINDOW_MS of `now`.
 *    A timestamp in the future (clock skew between portal and browser) counts as "just now".
 *    The window is exclusive: activity exactly ONLINE_WINDOW_MS ago is already offline
 *    (the portal compares `LAST_ACTIVITY_DATE > now - interval`).
 * 2. Connected: chosen `dnd` → 'dnd' (a deliberate choice wins over automatic idle);
 *    chosen `away`/`break` → 'away'; `idle` set → 'away'; otherwise → 'online'.
 * 3. Not connected: on leave (`absent` in the future) → 'vacation'; otherwise 'offline'.
 *    Someone on leave who is active right now is shown by their activity (they can be reached);
 *    `absentUntil` stays set so the UI can still say "on leave until …" as a secondary line.
 * 4. `onMobile`: connected, the mobile app was used within the window, and nothing points to a
 *    computer: no desktop-app activity within the window and no web activity clearly newer than
 *    the mobile one (the portal-wide `last_activity_date` is bumped by the mobile app too, so it
 *    is attributed to the computer only when it is more than MOBILE_ATTRIBUTION_SLACK_MS newer).
 * 5. `source: 'directory'` (a `user.get` row): only online/offline is known. The portal's
 *    IS_ONLINE flag can veto (false → offline); our clock can expire it (a stale `true` with an
 *    old LAST_ACTIVITY_DATE → offline). Without any fact → 'unknown'.
 */
import type { ChatStatus, PresenceFacts } from './types';

export type PresenceState = 'online' | 'dnd' | 'away' | 'offline' | 'vacation' | 'unknown';

export interface Presence {
  state: PresenceState;
  /** Connected through the mobile app only (state is online, dnd or away). */
  onMobile: boolean;
  /** The newest activity of any kind (web, desktop, mobile), or null if never seen. */
  lastSeenAt: number | null;
  /** Automatic "away from the computer" since this moment, or null. */
  idleSince: number | null;
  /** On leave until this moment (only when it is still in the future), or null. */
  absentUntil: number | null;
  /** The status the person chose, or null when unknown (directory facts). */
  chosen: ChatStatus | null;
}

/**
 * 1440 s (24 min): the Bitrix24 core default online interval. It is what the portal itself uses
 * for `user.get` IS_ONLINE and for the messenger's online dot, so a person shown online in the
 * portal is shown online here too, whichever source the facts came from (the ~15 min in the help
 * desk describes the browser client going "away", which the portal reports through `idle`).
 * It is also comfortably longer than our one-minute presence polling.
 */
export const ONLINE_WINDOW_MS = 1440 * 1000;

/** How much newer than the mobile activity the web activity must be to count as "on a computer". */
export const MOBILE_ATTRIBUTION_SLACK_MS = 60 * 1000;

export interface DerivePresenceOptions {
  onlineWindowMs?: number;
}

export function derivePresence(
  facts: PresenceFacts,
  now: number,
  opts: DerivePresenceOptions = {},
): Presence {
  const windowMs = opts.onlineWindowMs ?? ONLINE_WINDOW_MS;
  const { lastActivityAt, mobileLastAt, desktopLastAt } = facts;
  const absentUntil = facts.absentUntil !== null && facts.absentUntil > now ? facts.absentUntil : null;
  const lastSeenAt = newest(newest(lastActivityAt, mobileLastAt), desktopLastAt);

  if (facts.source === 'directory') {
    if (lastActivityAt === null && facts.onlineFlag === null) {
      return presence('unknown', false, lastSeenAt, null, absentUntil, null);
    }
    const connected =
      facts.onlineFlag !== false && (lastActivityAt === null || isRecent(lastActivityAt, now, windowMs));
    const state = connected ? 'online' : absentUntil !== null ? 'vacation' : 'offline';
    return presence(state, false, lastSeenAt, null, absentUntil, null);
  }

  const chosen = facts.status;
  const idleSince = facts.idleSince;
  if (!isRecent(lastSeenAt, now, windowMs)) {
    return presence(absentUntil !== null ? 'vacation' : 'offline', false, lastSeenAt, idleSince, absentUntil, chosen);
  }

  const onComputer =
    isRecent(desktopLastAt, now, windowMs) ||
    (isRecent(lastActivityAt, now, windowMs) &&
      (mobileLastAt === null || lastActivityAt - mobileLastAt > MOBILE_ATTRIBUTION_SLACK_MS));
  const onMobile = !onComputer && isRecent(mobileLastAt, now, windowMs);

  let state: PresenceState = 'online';
  if (chosen === 'dnd') state = 'dnd';
  else if (chosen === 'away' || chosen === 'break' || idleSince !== null) state = 'away';
  return presence(state, onMobile, lastSeenAt, idleSince, absentUntil, chosen);
}

function isRecent(at: number | null, now: number, windowMs: number): at is number {
  return at !== null && now - at < windowMs;
}

function newest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null || a >= b ? a : b;
}

function presence(
  state: PresenceState,
  onMobile: boolean,
  lastSeenAt: number | null,
  idleSince: number | null,
  absentUntil: number | null,
  chosen: ChatStatus | null,
): Presence {
  return { state, onMobile, lastSeenAt, idleSince, absentUntil, chosen };
}

/**
 * Order for "presence first" sorting, most reachable first: online on a computer, online on
 * mobile, away (probably back soon), do not disturb (here but asked not to be interrupted),
 * offline (back within a day or so), on leave (away for days), unknown (no data yet).
 */
export function presenceRank(p: Presence): number {
  switch (p.state) {
    case 'online':
      return p.onMobile ? 1 : 0;
    case 'away':
      return 2;
    case 'dnd':
      return 3;
    case 'offline':
      return 4;
    case 'vacation':
      return 5;
    case 'unknown':
      return 6;
  }
}

/**
 * Presence filters are exclusive, so their counts add up: 'online' is online only (desktop or
 * mobile), not dnd/away. 'offline' includes people on leave (they are not connected);
 * 'vacation' is everyone whose leave has not ended, whether connected or not.
 * 'unknown' presence only passes 'all'.
 */
export type PresenceFilter = 'all' | 'online' | 'dnd' | 'away' | 'offline' | 'vacation';

export const PRESENCE_FILTERS: readonly PresenceFilter[] = ['all', 'online', 'away', 'dnd', 'offline', 'vacation'];

export function matchesPresenceFilter(p: Presence, filter: PresenceFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'online':
    case 'dnd':
    case 'away':
      return p.state === filter;
    case 'offline':
      return p.state === 'offline' || p.state === 'vacation';
    case 'vacation':
      return p.absentUntil !== null;
  }
}

/** Connected right now (online, dnd or away). */
export function isConnected(p: Presence): boolean {
  return p.state === 'online' || p.state === 'dnd' || p.state === 'away';
}
