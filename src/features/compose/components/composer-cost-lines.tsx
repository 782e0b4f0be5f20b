import { useTranslation } from '../../../lib/use-translation.ts';
import { CostLine } from '../../../components/cost-line.tsx';
import { estimate, pricedOrNull, type PriceTable } from '../../../generation/cost.ts';
import type { CostBatches } from './compose-form.tsx';

/** What the next submit costs: Generate × runs, and, once prices are set, what Std + Pro would. */
export const ComposerCostLines = ({ batches, table: stored }: { batches: CostBatches; table: PriceTable | null }) => {
  const { t } = useTranslation();
  const table = pricedOrNull(stored);
  return (
    <div className="space-y-0.5">
      <CostLine estimate={estimate(batches.generate, table)} />
      {table ? (
        <CostLine
          estimate={estimate(batches.stdPro, table)}
          prefix={t('pricesEntry.cost.stdPro')}
          className="block text-xs text-neutral-400"
        />
      ) : null}
    </div>
  );
};
