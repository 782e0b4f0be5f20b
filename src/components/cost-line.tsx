import { useTranslation } from '../lib/use-translation.ts';
import type { Estimate } from '../generation/cost.ts';

type CostLineProps = { estimate: Estimate; className?: string; prefix?: string };

/** "10 s of video · 3.50 credits", or seconds alone when no price table is set. */
export const CostLine = ({ estimate, className = 'block text-xs text-neutral-400', prefix }: CostLineProps) => {
  const { t, i18n } = useTranslation();
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(i18n.language, { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 4) }).format(value);
  const parts = [t('pricesEntry.cost.seconds', { count: estimate.seconds })];
  if (estimate.amount !== null && estimate.unit !== null)
    parts.push(t('pricesEntry.cost.amount', { amount: number(estimate.amount, 2), unit: estimate.unit }));
  else if (estimate.unpriced.length > 0) parts.push(t('pricesEntry.cost.unpriced', { what: estimate.unpriced.join(', ') }));
  return (
    // An <output> is announced politely when the runs or the duration change the figure.
    <output aria-label={t('pricesEntry.cost.label')} className={className}>
      {prefix ? `${prefix} ` : ''}
      {parts.join(' · ')}
    </output>
  );
};
