import { useState } from 'react';
import { useI18n, useMessages } from '../i18n';
import type { Presence } from '../people/presence';
import { presenceMessages, type Gender } from '../people/presence.messages';
import { presenceText, type PresenceText } from '../people/presence-text';

/**
 * The label and detail line of a presence in the current language. Pass `now` from a ticking
 * clock to keep "last seen …" current; without it the time of the first render is used.
 */
export function usePresenceText(presence: Presence, opts: { now?: number; gender?: Gender } = {}): PresenceText {
  const { locale } = useI18n();
  const m = useMessages(presenceMessages);
  const [firstRenderAt] = useState(() => Date.now());
  return presenceText(presence, m, { locale, now: opts.now ?? firstRenderAt, gender: opts.gender ?? null });
}
