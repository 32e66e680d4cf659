/**
 * Do-not-disturb durations. Bitrix24 has no "DND until" on the server, so the app keeps the end
 * time itself, per user, in a user option (`dndUntil`), and ends DND when it is open at or after
 * that time. Pure functions; the clock is always passed in.
 */

export type DurationPreset = '30m' | '1h' | '2h' | 'endOfDay' | 'untilOff';

export const DURATION_PRESETS: readonly DurationPreset[] = ['30m', '1h', '2h', 'endOfDay', 'untilOff'];

/** The user option that keeps the end time. */
export const DND_UNTIL_OPTION = 'dndUntil';

const MINUTE = 60_000;

/**
 * When DND chosen with `preset` at `now` ends (epoch ms), or null for "until I turn it off".
 * "End of day" is the last moment of the local calendar day (shown as "until 23:59").
 */
export function untilFor(preset: DurationPreset, now: number): number | null {
  switch (preset) {
    case '30m':
      return now + 30 * MINUTE;
    case '1h':
      return now + 60 * MINUTE;
    case '2h':
      return now + 120 * MINUTE;
    case 'endOfDay': {
      const end = new Date(now);
      end.setHours(23, 59, 59, 999);
      return end.getTime();
    }
    case 'untilOff':
      return null;
  }
}

/** A preset the user picked, with the end time it gave then. */
export interface PickedDuration {
  preset: DurationPreset;
  until: number | null;
}

/**
 * Which preset the DND on now stands for, to mark it in the menu (null while DND is off): the one
 * picked in this session while its end time still holds; else what the end time itself says —
 * none is "until I turn it off" (also DND set in the messenger), today's last moment is "until end
 * of day". A relative preset picked before a reload cannot be told from its end time: null.
 */
export function currentDuration(dndOn: boolean, until: number | null, picked: PickedDuration | null, now: number): DurationPreset | null {
  if (!dndOn) return null;
  if (picked && picked.until === until) return picked.preset;
  if (until === null) return 'untilOff';
  return until === untilFor('endOfDay', now) ? 'endOfDay' : null;
}

/**
 * The stored form. Never an empty string or a falsy value: the SDK reads those back as "not set",
 * so "no end time" is stored explicitly.
 */
export function serializeUntil(until: number | null): string {
  return JSON.stringify({ until });
}

/** Reads the stored form back; anything unusable means "no end time". */
export function parseUntil(stored: string | null): number | null {
  if (stored === null || stored.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const until = typeof value === 'object' && value !== null ? (value as { until?: unknown }).until : value;
  return typeof until === 'number' && Number.isFinite(until) && until > 0 ? until : null;
}
