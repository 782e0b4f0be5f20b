import { Suspense, useState } from 'react';
import { useTranslation } from '../lib/use-translation.ts';
import { Button } from '../components/button.tsx';
import type { SweepSlotProps } from '../features/compose/components/compose-form.tsx';
import { lazyFeature } from './lazy-feature.tsx';

// Not needed to type a prompt and press Generate: the sweep (and its set links) loads when asked for.
const SweepDialogSlot = lazyFeature(() => import('./sweep-dialog-slot.tsx').then((m) => m.SweepDialogSlot));

/** "Sweep…" beside Generate: the composer's request, once per value of one setting, as one comparison set. */
export const SweepSlot = ({ request, issues, disabled }: SweepSlotProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        className="shrink-0 py-1 text-xs"
        disabled={disabled}
        title={t('sweepEntry.openHint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('sweepEntry.open')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <SweepDialogSlot request={request} issues={issues} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
};
