import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/button.tsx';
import { hasPrices } from '../lib/cost.ts';
import type { SubmissionDraft } from '../lib/submission.ts';
import type { SweepSlotProps } from '../features/compose/components/compose-form.tsx';
import { usePriceStore } from '../features/settings/stores/price-store.ts';
import { lazyFeature } from './lazy-feature.tsx';
import { openSet, setHref } from './set-route.ts';

// Not needed to type a prompt and press Generate: the sweep loads when asked for.
const SweepDialog = lazyFeature(() => import('../features/sweep/components/sweep-dialog.tsx').then((m) => m.SweepDialog));

type SweepSlotOwnProps = SweepSlotProps & { onSend: (drafts: SubmissionDraft[]) => void };

/** "Sweep…" beside Generate: the composer's request, once per value of one setting, as one comparison set. */
export const SweepSlot = ({ request, issues, disabled, onSend }: SweepSlotOwnProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stored = usePriceStore((state) => state.table);
  return (
    <>
      <Button variant="ghost" className="shrink-0 py-1 text-xs" disabled={disabled} title={t('sweepEntry.openHint')} onClick={() => setOpen(true)}>
        {t('sweepEntry.open')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <SweepDialog
            request={request}
            composerIssues={issues}
            priceTable={hasPrices(stored) ? stored : null}
            onSend={onSend}
            comparisonHref={setHref}
            onOpenComparison={(setId) => {
              setOpen(false);
              openSet(setId);
            }}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
};
