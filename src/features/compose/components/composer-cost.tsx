import type { CostBatches } from './compose-form.tsx';
import { usePriceStore } from '../../../generation/price-store.ts';
import { ComposerCostLines } from './composer-cost-lines.tsx';

/** The composer's cost line, priced from the table in settings. */
export const ComposerCost = ({ batches }: { batches: CostBatches }) => (
  <ComposerCostLines batches={batches} table={usePriceStore((state) => state.table)} />
);
