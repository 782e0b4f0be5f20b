import { useEffect, useState } from 'react';

/**
 * True once the component has stayed mounted for `ms`. A virtualized card that a
 * fast scroll carries straight past never gets that far, so never loads its clip.
 */
export const useSettled = (ms: number): boolean => {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return settled;
};
