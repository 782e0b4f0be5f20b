import { Suspense } from 'react';
import type { CreateCall } from '../api/build-create-body.ts';
import { lazyFeature } from './lazy-feature.tsx';

// Needed only by a request with a field a classic-list gateway drops: loads with the first one.
const PassthroughSlotBody = lazyFeature(() => import('./passthrough-slot-body.tsx').then((m) => m.PassthroughSlotBody));

/** Beside Generate: what of this request the gateway may drop, before a credit is spent on it. */
export const PassthroughSlot = ({ call, seconds, mayDrop }: { call: CreateCall; seconds: number; mayDrop: boolean }) =>
  // The field list itself loads with the note: the first screen only asks whether anything could be dropped.
  mayDrop ? (
    <Suspense fallback={null}>
      <PassthroughSlotBody call={call} seconds={seconds} />
    </Suspense>
  ) : null;
