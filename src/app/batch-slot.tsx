import { Suspense, useState } from 'react';
import { useTranslation } from '../lib/use-translation.ts';
import { Button } from '../components/button.tsx';
import type { BatchSlotProps } from '../features/compose/components/compose-form.tsx';
import { lazyFeature } from './lazy-feature.tsx';

// Not needed to type a prompt and press Generate: the dialog (and the CSV parser) load when asked for.
const BatchDialogSlot = lazyFeature(() => import('./batch-dialog-slot.tsx').then((m) => m.BatchDialogSlot));

/** "Batch…" beside Generate: many prompts over the composer's current draft, into the queue as one comparison set. */
export const BatchSlot = ({ request, disabled }: BatchSlotProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        className="shrink-0 py-1 text-xs"
        disabled={disabled}
        title={t('batchEntry.openHint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('batchEntry.open')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <BatchDialogSlot request={request} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
};
