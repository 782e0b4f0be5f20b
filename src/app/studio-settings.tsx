import { Suspense, useState } from 'react';
import { PricesButton } from '../features/settings/components/prices-button.tsx';
import { SurfaceSwitch } from '../features/settings/components/surface-switch.tsx';
import { lazyFeature } from './lazy-feature.tsx';

// The price table is edited rarely: its dialog loads when opened.
const PriceDialog = lazyFeature(() => import('../features/settings/components/price-dialog.tsx').then((m) => m.PriceDialog));

/** The settings shown at the top of the composer. */
export const StudioSettings = () => {
  const [pricesOpen, setPricesOpen] = useState(false);
  return (
    <div className="space-y-3">
      <SurfaceSwitch />
      <PricesButton onOpen={() => setPricesOpen(true)} />
      {pricesOpen ? (
        <Suspense fallback={null}>
          <PriceDialog onClose={() => setPricesOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
};
