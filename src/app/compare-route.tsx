import { Suspense } from 'react';
import { lazyFeature } from './lazy-feature.tsx';
import { closeSet, useOpenSetId } from './set-route.ts';

// The compare view, its sync engine and the history it reads arrive only when a URL names a set.
const CompareScreen = lazyFeature(() => import('./compare-screen.tsx').then((m) => m.CompareScreen));

export const CompareRoute = () => {
  const setId = useOpenSetId();
  if (!setId) return null;
  return (
    <Suspense fallback={null}>
      <CompareScreen key={setId} setId={setId} onClose={closeSet} />
    </Suspense>
  );
};
