import { Suspense } from 'react';
import { lazyFeature } from '../lazy-feature.tsx';
import { SET_PREFIX, useHashStartsWith } from './hash-prefix.ts';

// The compare view, its sync engine and the history it reads arrive only when a URL names a set.
const CompareViewRoute = lazyFeature(() => import('./compare-view-route.tsx').then((m) => m.CompareViewRoute));

export const CompareRoute = () =>
  useHashStartsWith(SET_PREFIX) ? (
    <Suspense fallback={null}>
      <CompareViewRoute />
    </Suspense>
  ) : null;
