import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { hasPrices } from '../../../generation/cost.ts';
import { usePriceStore } from '../../../generation/price-store.ts';

/** Opens the price table (loaded on demand by the app) and says in a line whether one is set. */
export const PricesButton = ({ onOpen }: { onOpen: () => void }) => {
  const { t } = useTranslation();
  const table = usePriceStore((state) => state.table);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" className="py-1.5 text-xs" onClick={onOpen} aria-haspopup="dialog" aria-describedby="prices-summary">
        {t('pricesEntry.open')}
      </Button>
      <span id="prices-summary" className="text-xs text-neutral-400">
        {hasPrices(table) ? t('pricesEntry.summarySet', { unit: table.unit, count: table.rows.length }) : t('pricesEntry.summaryNone')}
      </span>
    </div>
  );
};
