import { CompareScreen } from './compare-screen.tsx';
import { closeSet, useOpenSetId } from './set-hash.ts';

/** The compare view for the set the URL names; loaded on demand by compare-route.tsx. */
export const CompareViewRoute = () => {
  const setId = useOpenSetId();
  return setId ? <CompareScreen key={setId} setId={setId} onClose={closeSet} /> : null;
};
