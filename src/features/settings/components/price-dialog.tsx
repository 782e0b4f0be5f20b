import { type FormEvent, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../../lib/use-translation.ts';
import { knownModels } from '../../../api/model-capabilities.ts';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { DEFAULT_UNIT, usePriceStore } from '../../../generation/price-store.ts';
import { parseForm, toForm, type PriceForm, type PriceFormRow } from '../utils/price-form.ts';
import { PriceInput } from './price-input.tsx';
import { PriceTable } from './price-table.tsx';

type PriceDialogProps = { onClose: () => void };

/** The optional price table: per model, std and pro per second, in one unit. Saved only when every box reads cleanly. */
export const PriceDialog = ({ onClose }: PriceDialogProps) => {
  const { t } = useTranslation();
  const [form, setForm] = useState<PriceForm>(() => toForm(usePriceStore.getState().table, knownModels));
  const [tried, setTried] = useState(false);
  const { table, problems } = parseForm(form);
  // Problems show as soon as a box holds something wrong; the missing unit only once Save was pressed.
  const shown = tried ? problems : Object.fromEntries(Object.entries(problems).filter(([key]) => key !== 'unit'));
  const hasProblems = Object.keys(problems).length > 0;

  const editRow = (index: number, change: Partial<PriceFormRow>) =>
    setForm((current) => ({ ...current, rows: current.rows.map((row, i) => (i === index ? { ...row, ...change } : row)) }));
  const save = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setTried(true);
    if (hasProblems) return;
    usePriceStore.getState().setTable(table);
    onClose();
  };

  // Opened from inside the composer's <form>: a portal keeps the forms apart in the page, and stopping
  // submit and key events keeps React from bubbling them to the composer (which would Generate).
  return createPortal(
    <Dialog labelledBy="prices-title" onClose={onClose} className="max-w-2xl">
      <form onSubmit={save} onKeyDown={(event) => event.stopPropagation()} noValidate className="space-y-4 p-5">
        <h2 id="prices-title" className="text-lg font-semibold">
          {t('prices.heading')}
        </h2>
        <p className="text-sm text-neutral-400">{t('prices.intro')}</p>
        <div className="max-w-xs">
          <label htmlFor="prices-unit" className="mb-1 block text-xs font-medium uppercase tracking-wide text-neutral-400">
            {t('prices.unit')}
          </label>
          <PriceInput
            id="prices-unit"
            label={t('prices.unit')}
            value={form.unit}
            problem={shown.unit}
            onChange={(unit) => setForm((f) => ({ ...f, unit }))}
            className="font-mono"
          />
          <p className="mt-1 text-xs text-neutral-400">{t('prices.unitHint')}</p>
        </div>
        <PriceTable
          form={form}
          problems={shown}
          onRow={editRow}
          onRemove={(index) => setForm((f) => ({ ...f, rows: f.rows.filter((_, i) => i !== index) }))}
        />
        <div className="flex flex-wrap gap-2">
          <Button
            variant="ghost"
            className="text-xs"
            onClick={() => setForm((f) => ({ ...f, rows: [...f.rows, { model: '', std: '', pro: '' }] }))}
          >
            {t('prices.addModel')}
          </Button>
          <Button
            variant="ghost"
            className="text-xs"
            onClick={() => setForm({ unit: form.unit || DEFAULT_UNIT, rows: knownModels.map((model) => ({ model, std: '', pro: '' })) })}
          >
            {t('prices.clearAll')}
          </Button>
        </div>
        {tried && hasProblems ? (
          <p role="alert" className="text-sm text-rose-300">
            {t('prices.fixFirst')}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('prices.cancel')}
          </Button>
          <Button type="submit" variant="primary">
            {t('prices.save')}
          </Button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
};
