import type { CostBatches } from '../features/compose/components/compose-form.tsx';
import { usePriceStore } from '../features/settings/stores/price-store.ts';
import { ComposerCostLines } from './composer-cost-lines.tsx';

/** The composer's cost line, priced from the table in settings. */
export const ComposerCost = ({ batches }: { batches: CostBatches }) => <ComposerCostLines batches={batches} table={usePriceStore((state) => state.table)} />;
