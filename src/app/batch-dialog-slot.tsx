import { CostLine } from '../components/cost-line.tsx';
import { estimate, pricedOrNull } from '../lib/cost.ts';
import type { SubmissionDraft } from '../lib/submission.ts';
import type { BatchSlotProps } from '../features/compose/components/compose-form.tsx';
import { BatchDialog } from '../features/batch/components/batch-dialog.tsx';
import { usePriceStore } from '../features/settings/stores/price-store.ts';

type BatchDialogSlotProps = Omit<BatchSlotProps, 'disabled'> & { onSend: (drafts: SubmissionDraft[]) => void; onClose: () => void };

/** The batch dialog, its total priced from settings; loaded on demand by batch-slot.tsx. */
export const BatchDialogSlot = ({ request, onSend, onClose }: BatchDialogSlotProps) => {
  const table = pricedOrNull(usePriceStore((state) => state.table));
  return <BatchDialog draft={request} onSend={onSend} onClose={onClose} renderTotal={(requests) => <CostLine estimate={estimate(requests, table)} />} />;
};
