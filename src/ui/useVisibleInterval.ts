import { useEffect, useRef, type RefObject } from 'react';

export interface VisibleIntervalOptions {
  enabled: boolean;
  intervalMs: number;
  /**
   * When the page is shown again (tab back, window focus, or `rootRef` scrolled/shown back into
   * view inside the app), `tick` runs at once if the last run is at least this old. Default: a third
   * of the interval.
   */
  minGapMs?: number;
  /** The part of the page the ticks are for: nothing runs while it is not displayed. */
  rootRef?: RefObject<HTMLElement | null>;
}

const pageHidden = () => document.hidden || document.visibilityState === 'hidden';

/** Whether an element (if any) is laid out on the page (not `display: none`, not detached). */
export function isDisplayed(root: HTMLElement | null | undefined): boolean {
  return !root || root.getClientRects().length > 0;
}

/**
 * Runs `tick` about every `intervalMs` while the page is visible and `rootRef` (if any) is
 * displayed — the rhythm of presence polling: nothing while the tab is hidden, at once when it
 * comes back (after `minGapMs`), then again every interval. The first tick is one interval after
 * `enabled` turns true (what is on screen then was just loaded). `tick` may change between renders.
 */
export function useVisibleInterval(tick: () => void, { enabled, intervalMs, minGapMs, rootRef }: VisibleIntervalOptions): void {
  const tickRef = useRef(tick);
  useEffect(() => {
    tickRef.current = tick;
  });

  useEffect(() => {
    if (!enabled) return;
    const gap = minGapMs ?? intervalMs / 3;
    let lastRun = Date.now();
    const run = () => {
      if (pageHidden() || !isDisplayed(rootRef?.current)) return;
      lastRun = Date.now();
      tickRef.current();
    };
    let timer = setInterval(run, intervalMs);
    const onShown = () => {
      if (pageHidden() || Date.now() - lastRun < gap) return;
      run();
      clearInterval(timer);
      timer = setInterval(run, intervalMs);
    };
    document.addEventListener('visibilitychange', onShown);
    window.addEventListener('focus', onShown);
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
  }, [enabled, intervalMs, minGapMs, rootRef]);
}
