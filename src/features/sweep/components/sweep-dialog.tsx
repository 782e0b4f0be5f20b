import { type FormEvent, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { cameraAxes, type CameraAxis } from '../../../api/contract-limits.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { Button } from '../../../components/button.tsx';
import { CostLine } from '../../../components/cost-line.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { newSetId } from '../../../generation/sets/comparison-set.ts';
import { estimate, pricedOrNull } from '../../../generation/cost.ts';
import { usePriceStore } from '../../../generation/price-store.ts';
import { sendFromComposer as sendDrafts } from '../../../generation/use-send-submissions.ts';
import { describeIssue } from '../utils/describe-issue.ts';
import {
  defaultValues,
  joinValues,
  pickedParameters,
  planSweep,
  splitValues,
  SWEEP_MAX,
  SWEEP_MIN,
  sweepDrafts,
  sweepParameters,
  type SweepParameter,
} from '../utils/sweep-plan.ts';
import { SweepPlanTable } from './sweep-plan-table.tsx';
import { SweepSent } from './sweep-sent.tsx';
import { SweepValues } from './sweep-values.tsx';

export type SweepDialogProps = {
  request: GenerationRequest; // the composer's request as Generate would send it
  composerIssues: RuleIssue[];
  comparisonHref: (setId: string) => string;
  onOpenComparison: (setId: string) => void;
  onClose: () => void;
};

const labelClass = 'mb-1.5 block text-xs font-medium uppercase tracking-wide text-neutral-400';
const selectClass = 'w-full rounded-lg border border-neutral-700 bg-neutral-900 px-2 py-2 text-sm';

export const SweepDialog = ({ request, composerIssues, comparisonHref, onOpenComparison, onClose }: SweepDialogProps) => {
  const { t } = useTranslation();
  const priceTable = pricedOrNull(usePriceStore((state) => state.table));
  const [parameter, setParameter] = useState<SweepParameter>('cfgScale');
  const [axis, setAxis] = useState<CameraAxis>('zoom');
  const [text, setText] = useState(() => joinValues('cfgScale', defaultValues('cfgScale', request)));
  const [picked, setPicked] = useState<string[]>([]);
  const [sent, setSent] = useState<{ setId: string; count: number } | null>(null);

  const values = pickedParameters.includes(parameter) ? picked : splitValues(parameter, text);
  const plan = planSweep({ request, composerIssues, parameter, axis, values });
  const total = estimate(
    plan.items.flatMap((item) => (item.request ? [item.request] : [])),
    priceTable,
  );

  const applyDefaults = (next: SweepParameter) => {
    const suggested = defaultValues(next, request);
    setText(joinValues(next, suggested));
    setPicked(suggested);
  };
  const choose = (next: SweepParameter) => {
    setParameter(next);
    applyDefaults(next);
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!plan.ready) return;
    const setId = newSetId();
    const drafts = sweepDrafts(plan, setId);
    sendDrafts(drafts);
    setSent({ setId, count: drafts.length });
  };

  // Opened from inside the composer's <form>: a portal keeps the forms apart in the page, and stopping
  // submit and key events keeps React from bubbling them to the composer (which would Generate).
  return createPortal(
    <Dialog labelledBy="sweep-title" onClose={onClose} className="max-w-xl">
      <form onSubmit={send} onKeyDown={(event) => event.stopPropagation()} className="space-y-4 p-5">
        <h2 id="sweep-title" className="text-lg font-semibold">
          {t('sweep.heading')}
        </h2>
        {sent ? (
          <SweepSent
            count={sent.count}
            href={comparisonHref(sent.setId)}
            onOpen={() => onOpenComparison(sent.setId)}
            onAgain={() => setSent(null)}
            onClose={onClose}
          />
        ) : (
          <>
            <p className="text-sm text-neutral-400">{t('sweep.intro')}</p>
            <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
              <div>
                <label htmlFor="sweep-parameter" className={labelClass}>
                  {t('sweep.parameter')}
                </label>
                <select
                  id="sweep-parameter"
                  data-autofocus
                  value={parameter}
                  onChange={(event) => choose(event.target.value as SweepParameter)}
                  className={selectClass}
                >
                  {sweepParameters.map((p) => (
                    <option key={p} value={p}>
                      {t(`sweep.parameters.${p}`)}
                    </option>
                  ))}
                </select>
              </div>
              {parameter === 'cameraAxis' ? (
                <div>
                  <label htmlFor="sweep-axis" className={labelClass}>
                    {t('sweep.axis')}
                  </label>
                  <select
                    id="sweep-axis"
                    value={axis}
                    onChange={(event) => setAxis(event.target.value as CameraAxis)}
                    className={selectClass}
                  >
                    {cameraAxes.map((a) => (
                      <option key={a} value={a}>
                        {t(`camera.axes.${a}.label`)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </div>
            <SweepValues parameter={parameter} text={text} picked={picked} onText={setText} onPicked={setPicked} />
            <Button variant="ghost" className="-mt-2 text-xs" onClick={() => applyDefaults(parameter)}>
              {t('sweep.reset')}
            </Button>
            <section aria-labelledby="sweep-plan-title" className="space-y-2">
              <h3 id="sweep-plan-title" className={labelClass}>
                {t('sweep.plan')}
              </h3>
              {plan.count ? (
                <p className="text-sm text-rose-300">{t(`sweep.count.${plan.count}`, { min: SWEEP_MIN, max: SWEEP_MAX })}</p>
              ) : null}
              {plan.items.length > 0 ? <SweepPlanTable items={plan.items} /> : null}
              {plan.baseIssues.length > 0 ? (
                <div className="text-sm text-rose-300">
                  <p>{t('sweep.baseIssues')}</p>
                  <ul className="list-disc pl-5">
                    {plan.baseIssues.map((issue) => (
                      <li key={issue.field + issue.rule}>{describeIssue(t, issue)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </section>
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-neutral-800 pt-4">
              <div className="text-sm">
                <span className="mr-1 text-neutral-400">{t('sweep.total')}:</span>
                <CostLine estimate={total} className="inline text-sm text-neutral-100" />
              </div>
              <div className="flex gap-2">
                <Button variant="ghost" onClick={onClose}>
                  {t('sweep.close')}
                </Button>
                <Button type="submit" variant="primary" disabled={!plan.ready} aria-describedby={plan.ready ? undefined : 'sweep-blocked'}>
                  {t('sweep.send', { count: plan.items.length })}
                </Button>
              </div>
            </div>
            {plan.ready ? null : (
              <p id="sweep-blocked" className="text-xs text-neutral-400">
                {t('sweep.blocked')}
              </p>
            )}
          </>
        )}
      </form>
    </Dialog>,
    document.body,
  );
};
