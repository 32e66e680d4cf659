import { useEffect, useState } from 'react';

/** The current time, updated every `everyMs` (for "until 14:30" vs. a date, and "since …"). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
