import { pricedOrNull } from '../lib/cost.ts';
import type { SubmissionDraft } from '../lib/submission.ts';
import type { SweepSlotProps } from '../features/compose/components/compose-form.tsx';
import { SweepDialog } from '../features/sweep/components/sweep-dialog.tsx';
import { usePriceStore } from '../features/settings/stores/price-store.ts';
import { openSet, setHref } from './set-route.ts';

type SweepDialogSlotProps = Omit<SweepSlotProps, 'disabled'> & { onSend: (drafts: SubmissionDraft[]) => void; onClose: () => void };

/** The sweep dialog with the prices and set links it needs; loaded on demand by sweep-slot.tsx. */
export const SweepDialogSlot = ({ request, issues, onSend, onClose }: SweepDialogSlotProps) => {
  const priceTable = pricedOrNull(usePriceStore((state) => state.table));
  return (
    <SweepDialog
      request={request}
      composerIssues={issues}
      priceTable={priceTable}
      onSend={onSend}
      comparisonHref={setHref}
      onOpenComparison={(setId) => {
        onClose();
        openSet(setId);
      }}
      onClose={onClose}
    />
  );
};
