import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `everyMs` (default 30 s): keeps "last seen 3 minutes ago",
 * "until 14:30" and the online window current without re-fetching anything.
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
