/**
 * The words for a Presence: a short `label` (the badge's accessible name, the status text) and an
 * optional `detail` line ("last seen 3 hours ago", "On leave until March 12", "since 14:30" for away).
 */
import { formatDate, formatRelativeTime, formatTime } from '../i18n/format';
import type { Presence } from './presence';
import type { Gender, PresenceMessages } from './presence.messages';

export interface PresenceTextContext {
  locale: string;
  now: number;
  gender?: Gender;
  timeZone?: string;
}

export interface PresenceText {
  label: string;
  detail: string | null;
}

export function presenceText(p: Presence, m: PresenceMessages, ctx: PresenceTextContext): PresenceText {
  const gender = ctx.gender ?? null;
  const fmt = { timeZone: ctx.timeZone };
  const until = p.absentUntil === null ? null : m.vacationUntil(formatDate(p.absentUntil, ctx.locale, { ...fmt, now: ctx.now, month: 'long' }));
  const lastSeen = p.lastSeenAt === null ? null : m.lastSeen(formatRelativeTime(p.lastSeenAt, ctx.now, ctx.locale, fmt), gender);
  const join = (...parts: (string | null | false)[]) => parts.filter(Boolean).join(' · ') || null;

  switch (p.state) {
    case 'online':
      return { label: p.onMobile ? m.onlineMobile : m.online, detail: join(until) };
    case 'dnd':
      return { label: m.dnd, detail: join(p.onMobile && m.onMobile, until) };
    case 'away': {
      const since = p.idleSince !== null && m.awaySince(formatTime(p.idleSince, ctx.locale, fmt));
      return { label: m.away(gender), detail: join(since, p.onMobile && m.onMobile, until) };
    }
    case 'vacation':
      return { label: until ?? m.vacation, detail: join(lastSeen) };
    case 'offline':
      return { label: m.offline, detail: join(lastSeen) };
    case 'unknown':
      return { label: m.unknown, detail: null };
  }
}
