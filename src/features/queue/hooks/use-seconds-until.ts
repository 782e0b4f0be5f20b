import { useEffect, useState } from 'react';

/** Whole seconds until `until`, ticking each second; null without a time. */
export const useSecondsUntil = (until: number | null): number | null => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? null : Math.max(0, Math.ceil((until - now) / 1000));
};
