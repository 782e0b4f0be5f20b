import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { newSetId } from '../../../generation/sets/comparison-set.ts';
import { CostLine } from '../../../components/cost-line.tsx';
import { estimate, pricedOrNull } from '../../../generation/cost.ts';
import { usePriceStore } from '../../../generation/price-store.ts';
import { sendFromComposer as sendDrafts } from '../../../generation/use-send-submissions.ts';
import { batchColumns, type BatchProblem, captionOf, readCsv, readPromptLines } from '../utils/batch-rows.ts';
import { BATCH_PROBLEMS_ID, BatchProblems } from './batch-problems.tsx';
import { BatchTable } from './batch-table.tsx';

type BatchDialogProps = {
  draft: GenerationRequest; // the composer's current request: rows override it
  onClose: () => void;
};

export const BatchDialog = ({ draft, onClose }: BatchDialogProps) => {
  const { t } = useTranslation();
  const priceTable = pricedOrNull(usePriceStore((state) => state.table));
  const titleId = useId();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [dropBad, setDropBad] = useState(false);

  const reading = useMemo(() => (file ? readCsv(file.text, draft) : readPromptLines(text, draft)), [file, text, draft]);
  const badLines = new Set(reading.fileProblems.map((problem) => problem.row));
  const rows = reading.rows.map((row) =>
    badLines.has(row.row) ? { ...row, problems: [...row.problems, ...reading.fileProblems.filter((p) => p.row === row.row)] } : row,
  );
  const problems: BatchProblem[] = [
    ...reading.fileProblems.filter((p) => !rows.some((row) => row.row === p.row)),
    ...rows.flatMap((row) => row.problems),
  ];
  const good = rows.filter((row) => row.problems.length === 0);
  const badCount = rows.length - good.length;
  const blocked = reading.fileProblems.some((p) => p.row === 1) || (badCount > 0 && !dropBad);
  const toSend = blocked ? [] : good;
  const requests = (blocked ? rows : good).map((row) => row.request);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
      setUnreadable(false);
      setDropBad(false);
    } catch {
      setUnreadable(true);
    }
  };

  const send = () => {
    if (toSend.length === 0) return;
    const id = newSetId();
    sendDrafts(
      toSend.map((row, position) => ({
        request: row.request,
        set: { id, kind: 'batch', parameter: null, caption: captionOf(row.request.prompt), position },
      })),
    );
    onClose();
  };

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="max-w-3xl">
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {t('batch.title')}
        </h2>
        <p className="text-sm text-neutral-400">{t('batch.intro', { columns: batchColumns.filter((c) => c !== 'prompt').join(', ') })}</p>
        {file ? (
          <div className="flex items-center justify-between gap-2 rounded-lg border border-neutral-800 px-3 py-2 text-sm">
            <span>{t('batch.fromFile', { name: file.name })}</span>
            <Button variant="ghost" className="text-xs" onClick={() => setFile(null)}>
              {t('batch.clearFile')}
            </Button>
          </div>
        ) : (
          <label className="block space-y-1 text-sm">
            <span className="font-medium">{t('batch.paste')}</span>
            <textarea
              data-autofocus
              value={text}
              onChange={(event) => setText(event.target.value)}
              rows={6}
              aria-describedby={problems.length > 0 ? BATCH_PROBLEMS_ID : undefined}
              className="w-full rounded-lg border border-neutral-700 bg-neutral-900 p-2 font-mono text-xs"
            />
          </label>
        )}
        <label className="inline-flex cursor-pointer items-center gap-2 rounded-lg bg-neutral-800 px-3 py-2 text-sm font-medium hover:bg-neutral-700 focus-within:outline focus-within:outline-2 focus-within:outline-amber-400">
          {t('batch.importCsv')}
          <input type="file" accept=".csv,text/csv" onChange={(event) => void onFile(event)} className="sr-only" />
        </label>
        {unreadable ? (
          <p role="alert" className="text-sm text-rose-300">
            {t('batch.problems.unreadable')}
          </p>
        ) : null}
        {reading.ignoredColumns.length > 0 ? (
          <p className="text-xs text-amber-200">{t('batch.ignored', { columns: reading.ignoredColumns.join(', ') })}</p>
        ) : null}
        <BatchProblems problems={problems} />
        <BatchTable rows={rows} />
        <div className="text-sm text-neutral-300" aria-live="polite">
          {rows.length === 0 ? t('batch.empty') : problems.length === 0 ? t('batch.ready', { count: rows.length }) : null}
          {requests.length > 0 ? <CostLine estimate={estimate(requests, priceTable)} /> : null}
        </div>
        {badCount > 0 && good.length > 0 && !reading.fileProblems.some((p) => p.row === 1) ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={dropBad} onChange={(event) => setDropBad(event.target.checked)} />
            {t('batch.dropBad', { count: badCount })}
          </label>
        ) : null}
        <div className="flex justify-end gap-2 border-t border-neutral-800 pt-4">
          <Button variant="ghost" onClick={onClose}>
            {t('batch.cancel')}
          </Button>
          <Button
            variant="primary"
            onClick={send}
            disabled={toSend.length === 0}
            aria-describedby={problems.length > 0 ? BATCH_PROBLEMS_ID : undefined}
          >
            {t('batch.send', { count: toSend.length || rows.length })}
          </Button>
        </div>
      </div>
    </Dialog>
  );
};
