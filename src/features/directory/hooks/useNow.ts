import { useEffect, useState } from 'react';

/** The time, re-read every `intervalMs` (default 30 s): keeps "last seen 3 minutes ago" and the online window current. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
