import type { BatchSlotProps } from '../features/compose/components/compose-form.tsx';
import { BatchDialog } from '../features/batch/components/batch-dialog.tsx';

type BatchDialogSlotProps = Omit<BatchSlotProps, 'disabled'> & { onClose: () => void };

/** The batch dialog; loaded on demand by batch-slot.tsx. */
export const BatchDialogSlot = ({ request, onClose }: BatchDialogSlotProps) => <BatchDialog draft={request} onClose={onClose} />;
