/**
 * The "minutes ago" of the legacy "Set away" (im.user.status.idle.start AGO: default 10, at least 1).
 * The portal sets no upper bound; a day is the most that makes sense for "away from the computer".
 */
export const DEFAULT_AWAY_MINUTES = 10;
export const MIN_AWAY_MINUTES = 1;
export const MAX_AWAY_MINUTES = 1440;

export type AwayMinutesProblem = 'empty' | 'not-whole' | 'too-small' | 'too-large';

export type AwayMinutesCheck = { ok: true; minutes: number } | { ok: false; problem: AwayMinutesProblem };

/** Checks what the user typed: a whole number of minutes from 1 to 1440. */
export function parseAwayMinutes(text: string): AwayMinutesCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!/^[-+]?\d+$/.test(trimmed)) return { ok: false, problem: 'not-whole' };
  const minutes = Number(trimmed);
  if (minutes < MIN_AWAY_MINUTES) return { ok: false, problem: 'too-small' };
  if (minutes > MAX_AWAY_MINUTES) return { ok: false, problem: 'too-large' };
  return { ok: true, minutes };
}
