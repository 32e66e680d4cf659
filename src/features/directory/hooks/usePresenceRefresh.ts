/**
 * Presence of the people on screen stays fresh: about every 60 s ONE im.user.list.get for the
 * rows on screen (≤ 50 ids, whatever the directory size); nothing while the page is hidden or the
 * list is not shown (another tab of the app); at once when it is shown again or gets focus (if
 * the last refresh is older than REFOCUS_MIN_GAP_MS). Optionally (`ahead`) also fetches, shortly
 * after scrolling stops, the presence of the rows from the first visible one on (a screenful and
 * the rows just below, ≤ 50) that have none or an old one, so it is there when they are seen.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type RefObject } from 'react';
import { isDisplayed, useVisibleInterval } from '../../../ui';
import { fetchPresence, presenceWanted } from '../api/presenceCache';

export const REFRESH_INTERVAL_MS = 60_000;
export const REFOCUS_MIN_GAP_MS = 20_000;
export const MISSING_DEBOUNCE_MS = 250;

export interface PresenceRefreshOptions {
  /** Rows whose missing presence is fetched (full mode); the paged loader does it itself. */
  ahead?: readonly number[];
  enabled: boolean;
  /** The list's element: no refresh while it is not displayed. */
  rootRef?: RefObject<HTMLElement | null>;
}

const ignore = () => {
  // Failures are reported by the b24 layer; the next refresh tries again.
};

export function usePresenceRefresh(onScreen: readonly number[], { ahead, enabled, rootRef }: PresenceRefreshOptions): void {
  const qc = useQueryClient();
  const idsRef = useRef(onScreen);
  const aheadRef = useRef(ahead ?? []);
  const aheadKey = ahead ? ahead.join(',') : '';

  useEffect(() => {
    idsRef.current = onScreen;
    aheadRef.current = ahead ?? [];
  }, [onScreen, ahead]);

  useEffect(() => {
    if (!enabled || aheadKey === '') return;
    const timer = setTimeout(() => {
      if (!isDisplayed(rootRef?.current)) return;
      const wanted = presenceWanted(qc, aheadRef.current, Date.now());
      if (wanted.length > 0) fetchPresence(qc, wanted).catch(ignore);
    }, MISSING_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [qc, aheadKey, enabled, rootRef]);

  useVisibleInterval(
    () => {
      if (idsRef.current.length > 0) fetchPresence(qc, idsRef.current).catch(ignore);
    },
    { enabled, intervalMs: REFRESH_INTERVAL_MS, minGapMs: REFOCUS_MIN_GAP_MS, rootRef },
  );
}
