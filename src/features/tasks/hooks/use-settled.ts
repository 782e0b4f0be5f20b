import { useEffect, useState } from 'react';

/**
 * True once the component has stayed mounted for `ms` without being `paused`, and
 * from then on. A virtualized card that a scroll carries past (paused: the gallery
 * is scrolling) never gets that far, so never loads its clip.
 */
export const useSettled = (ms: number, paused = false): boolean => {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled || paused) return;
    const timer = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(timer);
  }, [ms, paused, settled]);
  return settled;
};
