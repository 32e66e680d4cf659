import { useEffect, useLayoutEffect, useRef } from 'react';

/** Runs `task` now and then every `intervalMs` (never overlapping) while `enabled`. */
export function usePolling(task: () => Promise<void>, intervalMs: number, enabled = true): void {
  const taskRef = useRef(task);
  useLayoutEffect(() => {
    taskRef.current = task;
  });

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        await taskRef.current();
      } catch {
        // A failed poll is retried on the next tick (the server may be restarting).
      }
      if (!stopped) timer = setTimeout(tick, intervalMs);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [intervalMs, enabled]);
}
