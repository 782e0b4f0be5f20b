import { type ComponentProps, lazy, Suspense } from 'react';

// Reading, fitting and previewing an image is needed only in the image and frames tabs,
// not to type a prompt and press Generate: it loads the first time one of them shows.
// (It uses only the composer's strings, which are on the start path.)
const ImageSlot = lazy(() => import('./image-slot.tsx').then((m) => ({ default: m.ImageSlot })));

/** An image input, loaded on demand; its label holds the place meanwhile. */
export const ImageSlotOnDemand = (props: ComponentProps<typeof ImageSlot>) => (
  <Suspense
    fallback={
      <div className="min-h-28 rounded-lg border border-dashed border-neutral-700 p-3" aria-busy>
        <span className="px-1 text-xs font-medium uppercase tracking-wide text-neutral-400">{props.label}</span>
      </div>
    }
  >
    <ImageSlot {...props} />
  </Suspense>
);
