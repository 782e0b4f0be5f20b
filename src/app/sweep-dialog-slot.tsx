import type { SweepSlotProps } from '../features/compose/components/compose-form.tsx';
import { SweepDialog } from '../features/sweep/components/sweep-dialog.tsx';
import { openSet, setHref } from './routes/set-hash.ts';

type SweepDialogSlotProps = Omit<SweepSlotProps, 'disabled'> & { onClose: () => void };

/** The sweep dialog with the links to the set it sends; loaded on demand by sweep-slot.tsx. */
export const SweepDialogSlot = ({ request, issues, onClose }: SweepDialogSlotProps) => (
  <SweepDialog
    request={request}
    composerIssues={issues}
    comparisonHref={setHref}
    onOpenComparison={(setId) => {
      onClose();
      openSet(setId);
    }}
    onClose={onClose}
  />
);
