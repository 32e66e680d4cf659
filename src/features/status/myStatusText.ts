/**
 * My status in words for the card: the status I chose (not derived connectivity — I am here),
 * the legacy idle mark, and the DND end time.
 *   dnd → "Do not disturb" · "until 14:30"
 *   away / break (set in the messenger) → "Away" / "On a break" · "set in the messenger"
 *   online (or none) with idle → "Away since 14:20"; otherwise "Online"
 */
import { formatDateTime, formatTime } from '../../i18n/format';
import type { Gender, PresenceMessages } from '../../people/presence.messages';
import type { ChatStatus } from '../../people/types';
import type { StatusMessages } from './messages';

export interface MyStatusInput {
  status: ChatStatus | null;
  idleSince: number | null;
  until: number | null;
  gender: Gender;
  now: number;
}

export interface MyStatusWords {
  label: string;
  detail: string | null;
}

/** `m` words the card's own phrases; `p` names the statuses (the same words as everywhere in the app). */
export function myStatusWords(input: MyStatusInput, m: StatusMessages, p: PresenceMessages, locale: string, timeZone?: string): MyStatusWords {
  const { status, idleSince, until, gender, now } = input;
  const idle = idleSince === null ? null : m.awaySince(p.away(gender), formatTime(idleSince, locale, { timeZone }));
  switch (status) {
    case 'dnd':
      return { label: p.dnd, detail: until === null ? null : m.until(formatDateTime(until, now, locale, { timeZone })) };
    case 'away':
      return { label: idle ?? p.away(gender), detail: m.setElsewhere };
    case 'break':
      return { label: m.onBreak, detail: idle ?? m.setElsewhere };
    case 'online':
    case null:
      return { label: idle ?? p.online, detail: null };
  }
}
