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

function displayed(root: HTMLElement | null | undefined): boolean {
  return !root || root.getClientRects().length > 0;
}

export function usePresenceRefresh(onScreen: readonly number[], { ahead, enabled, rootRef }: PresenceRefreshOptions): void {
  const qc = useQueryClient();
  const idsRef = useRef(onScreen);
  const aheadRef = useRef(ahead ?? []);
  const lastRefreshRef = useRef(0);
  const aheadKey = ahead ? ahead.join(',') : '';

  useEffect(() => {
    idsRef.current = onScreen;
    aheadRef.current = ahead ?? [];
  }, [onScreen, ahead]);

  useEffect(() => {
    if (!enabled || aheadKey === '') return;
    const timer = setTimeout(() => {
      if (!displayed(rootRef?.current)) return;
      const wanted = presenceWanted(qc, aheadRef.current, Date.now());
      if (wanted.length > 0) fetchPresence(qc, wanted).catch(ignore);
    }, MISSING_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [qc, aheadKey, enabled, rootRef]);

  useEffect(() => {
    if (!enabled) return;
    // What is on screen now was just loaded: the first refresh is one interval away.
    lastRefreshRef.current = Date.now();
    const refresh = () => {
      if (document.hidden || idsRef.current.length === 0 || !displayed(rootRef?.current)) return;
      lastRefreshRef.current = Date.now();
      fetchPresence(qc, idsRef.current).catch(ignore);
    };
    let timer = setInterval(refresh, REFRESH_INTERVAL_MS);
    const onShown = () => {
      if (document.hidden || Date.now() - lastRefreshRef.current < REFOCUS_MIN_GAP_MS) return;
      refresh();
      clearInterval(timer);
      timer = setInterval(refresh, REFRESH_INTERVAL_MS);
    };
    document.addEventListener('visibilitychange', onShown);
    window.addEventListener('focus', onShown);
    // Shown again inside the app (e.g. back from another tab): as if the page were shown again.
    const root = rootRef?.current;
    const observer =
      root && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onShown())
        : null;
    if (root) observer?.observe(root);
    return () => {
      clearInterval(timer);
      observer?.disconnect();
      document.removeEventListener('visibilitychange', onShown);
      window.removeEventListener('focus', onShown);
    };
  }, [qc, enabled, rootRef]);
}
