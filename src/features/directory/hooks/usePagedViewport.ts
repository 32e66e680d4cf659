/**
 * Paged lists: shortly after scrolling stops, ONE request brings the pages under and just below
 * the screen (placeholders there) together with the presence of the loaded people from the first
 * visible row on that lack it. With no page to fetch, presence alone is one im.user.list.get.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toAppError, type AppError } from '../../../b24';
import type { PresenceIndex } from '../../../people/presenceIndex';
import { fetchPagedViewport } from '../api/pagedList';
import { fetchPresence, presenceWanted } from '../api/presenceCache';
import type { PagedListParams } from '../api/keys';
import { startsToFetch, presenceWindowIds, slotPersonId, type Slot } from '../model/pagedSlots';

export const VIEWPORT_DEBOUNCE_MS = 150;
/** Pages one viewport request may bring (a jump to the middle of a long list). */
export const MAX_PAGES_PER_REQUEST = 4;

export function usePagedViewport(
  params: PagedListParams,
  slots: readonly Slot[] | null,
  visible: { first: number; last: number },
  /** Re-checked when presence arrives (a presence-only fetch does not change the slots). */
  presence: PresenceIndex,
) {
  const qc = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const running = useRef(false);

  useEffect(() => {
    // After a failed page, wait for the person's retry instead of asking again on every scroll.
    if (!slots || slots.length === 0 || error) return;
    const timer = setTimeout(() => {
      if (running.current) return;
      const pages = startsToFetch(slots, visible).slice(0, MAX_PAGES_PER_REQUEST);
      const presenceIds = presenceWanted(qc, presenceWindowIds(slots, visible.first, slotPersonId), Date.now());
      if (pages.length === 0 && presenceIds.length === 0) return;
      running.current = true;
      const work = pages.length === 0 ? fetchPresence(qc, presenceIds) : fetchPagedViewport(qc, params, pages, presenceIds);
      work
        .then(() => setError(null))
        .catch((e: unknown) => {
          if (pages.length > 0) setError(toAppError(e));
        })
        .finally(() => {
          running.current = false;
        });
    }, VIEWPORT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [qc, params, slots, visible, presence, attempt, error]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  return { error, retry };
}
