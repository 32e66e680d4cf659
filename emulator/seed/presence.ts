/**
 * Presence: the initial distribution (chosen status, idle, last activity from seconds to weeks
 * ago, mobile/desktop last dates, absences) and the periodic churn step that moves a few users
 * around while the emulator runs. Both are driven by a seeded Rng, so they are reproducible.
 */
import type { ChosenStatus, PortalUser } from '../types';
import type { Rng } from './rng';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Users whose session is "active" have their last activity kept within this window by churn. */
export const SESSION_REFRESH_MS = 8 * MIN;

function chooseStatus(rng: Rng): ChosenStatus {
  const r = rng.next();
  if (r < 0.8) return 'online';
  if (r < 0.88) return 'dnd';
  if (r < 0.95) return 'away';
  return 'break';
}

/** Fills the presence fields of a human user (mutates it). */
export function samplePresence(user: PortalUser, rng: Rng, now: number): void {
  user.status = chooseStatus(rng);
  user.idleSince = null;
  user.absentUntil = null;
  user.sessionActive = false;
  const r = rng.next();
  if (r < 0.42) {
    user.sessionActive = true;
    user.lastActivity = now - rng.int(0, 600) * SEC;
    if (rng.chance(0.12)) user.idleSince = now - rng.int(5, 90) * MIN;
  } else if (r < 0.55) {
    user.lastActivity = now - rng.int(15 * 60, 3 * 3600) * SEC;
  } else if (r < 0.72) {
    user.lastActivity = now - rng.int(3 * 3600, 2 * 86400) * SEC;
  } else if (r < 0.9) {
    user.lastActivity = now - rng.int(2 * 86400, 14 * 86400) * SEC;
  } else if (r < 0.97) {
    user.lastActivity = now - rng.int(14 * 86400, 56 * 86400) * SEC;
  } else {
    user.lastActivity = null;
  }
  user.mobileLast = rng.chance(0.35) ? now - rng.int(60, 10 * 86400) * SEC : null;
  user.desktopLast = rng.chance(0.25) ? now - rng.int(60, 10 * 86400) * SEC : null;
  if (rng.chance(0.05)) {
    // on leave: away for days, back at the end of a future day
    user.sessionActive = false;
    user.idleSince = null;
    user.lastActivity = now - rng.int(1 * 86400, 10 * 86400) * SEC;
    user.absentUntil = endOfDayPlus(now, rng.int(1, 21));
  }
  user.lastLogin = user.lastActivity === null ? null : user.lastActivity - rng.int(0, 8 * 3600) * SEC;
}

/** 23:59:59 (portal time, +03:00) of the day `days` after now. */
function endOfDayPlus(now: number, days: number): number {
  const offset = 3 * HOUR;
  const startOfDay = Math.floor((now + offset) / DAY) * DAY - offset;
  return startOfDay + (days + 1) * DAY - SEC;
}

export interface ChurnOptions {
  /** never touch the chosen status / idle of these users (the app's own user) */
  protectedIds: Set<number>;
}

/**
 * One churn tick: refreshes active sessions, lets a few users come and go, changes a status and
 * an idle mark. Returns the ids it changed.
 */
export function churnPresence(users: PortalUser[], rng: Rng, now: number, opts: ChurnOptions): number[] {
  const changed = new Set<number>();
  const humans = users.filter((u) => u.active && (u.kind === 'employee' || u.kind === 'extranet'));
  if (humans.length === 0) return [];
  for (const u of humans) {
    if (u.sessionActive && (u.lastActivity === null || now - u.lastActivity > SESSION_REFRESH_MS)) {
      u.lastActivity = now - rng.int(0, 120) * SEC;
      changed.add(u.id);
    }
  }
  const movers = Math.max(2, Math.round(humans.length * 0.01));
  for (const u of rng.sample(humans, movers)) {
    if (opts.protectedIds.has(u.id) || u.absentUntil !== null) continue;
    u.sessionActive = !u.sessionActive;
    if (u.sessionActive) u.lastActivity = now - rng.int(0, 30) * SEC;
    else u.idleSince = null;
    changed.add(u.id);
  }
  const free = humans.filter((u) => !opts.protectedIds.has(u.id));
  if (free.length > 0) {
    const s = rng.pick(free);
    s.status = chooseStatus(rng);
    changed.add(s.id);
    const i = rng.pick(free);
    i.idleSince = i.idleSince === null && i.sessionActive ? now - rng.int(1, 20) * MIN : null;
    changed.add(i.id);
  }
  return [...changed];
}
