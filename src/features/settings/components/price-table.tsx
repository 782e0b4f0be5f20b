import { useTranslation } from '../../../lib/use-translation.ts';
import { knownModels } from '../../../api/model-capabilities.ts';
import { Button } from '../../../components/button.tsx';
import { cellKey, type PriceForm, type PriceFormRow, type PriceProblems } from '../utils/price-form.ts';
import { PriceInput } from './price-input.tsx';

type PriceTableProps = {
  form: PriceForm;
  problems: PriceProblems;
  onRow: (index: number, change: Partial<PriceFormRow>) => void;
  onRemove: (index: number) => void;
};

const head = 'px-2 pb-1 text-left text-xs font-medium uppercase tracking-wide text-neutral-400';

/** One row per model: the studio's known models by name, any other model as an editable name; std and pro per second. */
export const PriceTable = ({ form, problems, onRow, onRemove }: PriceTableProps) => {
  const { t } = useTranslation();
  return (
    <table className="w-full border-separate border-spacing-y-1">
      <thead>
        <tr>
          <th scope="col" className={head}>
            {t('prices.model')}
          </th>
          <th scope="col" className={head}>
            {t('prices.std')}
          </th>
          <th scope="col" className={head}>
            {t('prices.pro')}
          </th>
        </tr>
      </thead>
      <tbody>
        {form.rows.map((row, index) => {
          const known = knownModels.includes(row.model) && index < knownModels.length;
          const name = row.model.trim() || t('prices.modelLabel', { row: index + 1 });
          return (
            <tr key={index} className="align-top">
              <th scope="row" className="px-2 py-1 text-left font-mono text-sm font-normal">
                {known ? (
                  row.model
                ) : (
                  <div className="flex items-start gap-1">
                    <PriceInput
                      id={`prices-${index}-model`}
                      label={t('prices.modelLabel', { row: index + 1 })}
                      value={row.model}
                      problem={problems[cellKey(index, 'model')]}
                      onChange={(model) => onRow(index, { model })}
                      className="font-mono"
                      autoFocus={!row.model}
                    />
                    <Button
                      variant="ghost"
                      className="px-2 py-1.5 text-xs"
                      aria-label={t('prices.removeModel', { model: name })}
                      onClick={() => onRemove(index)}
                    >
                      ×
                    </Button>
                  </div>
                )}
              </th>
              {(['std', 'pro'] as const).map((mode) => (
                <td key={mode} className="px-2 py-1">
                  <PriceInput
                    id={`prices-${index}-${mode}`}
                    label={t('prices.priceLabel', { model: name, mode })}
                    value={row[mode]}
                    problem={problems[cellKey(index, mode)]}
                    numeric
                    onChange={(value) => onRow(index, { [mode]: value })}
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
