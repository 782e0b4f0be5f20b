import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { Button } from '../../../components/button.tsx';

type GenerateBarProps = {
  issues: RuleIssue[];
  isSubmitting: boolean;
  runs: number;
  onRuns: (runs: number) => void;
  submitError: string | null;
  /** Std + Pro, runs, cost, sweep and batch; false for the composer's first frame (Generate alone). */
  extras?: boolean;
  onStdPro?: () => void;
  cost?: ReactNode;
  sweep?: ReactNode;
  batch?: ReactNode;
};

const REASON_ID = 'generate-blocked-reason';
// The bar sticks over the form: past this many reasons it would cover it. The rest are still
// read out (Generate's description) and each shows at its own field.
const REASONS_SHOWN = 2;
export const RUNS_MAX = 4;

export const GenerateBar = ({
  issues,
  isSubmitting,
  runs,
  onRuns,
  submitError,
  extras = true,
  onStdPro,
  cost,
  sweep,
  batch,
}: GenerateBarProps) => {
  const { t } = useTranslation();
  const reasons = issues.map(
    (issue) =>
      `${t(`fields.${issue.field.split('.')[0]}` as 'fields.prompt', { defaultValue: issue.field })}: ${t(`rules.${issue.rule}` as 'rules.required', { ...issue.params, defaultValue: issue.message })}`,
  );
  // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page's
  // start the moment it is pressed (Generate is busy while it sends), and Tab skips it, so
  // the reasons it is described by were never heard. The form ignores a send meanwhile.
  const blocked = issues.length > 0 || isSubmitting || undefined;
  return (
    <div className="space-y-2 border-t border-neutral-800 pt-4">
      <div className="flex gap-2">
        <Button
          type="submit"
          variant="primary"
          className="flex-1 py-2.5 whitespace-nowrap"
          aria-disabled={blocked}
          aria-describedby={issues.length ? REASON_ID : undefined}
        >
          {isSubmitting ? t('compose.generating') : runs > 1 ? t('compose.generateRuns', { runs }) : t('compose.generate')}
          {/* Not on touch screens, nor where it would squeeze the label onto two lines. */}
          <kbd className="hidden rounded bg-neutral-950/20 px-1.5 text-xs font-normal sm:inline pointer-coarse:hidden">
            {t('compose.shortcut')}
          </kbd>
        </Button>
        {extras && onStdPro ? (
          <Button
            onClick={onStdPro}
            aria-disabled={blocked}
            title={t('compareEntry.stdProHint')}
            aria-describedby={issues.length ? REASON_ID : undefined}
          >
            {t('compareEntry.stdPro')}
          </Button>
        ) : null}
        {extras ? (
          <select
            aria-label={t('compose.runs')}
            value={runs}
            onChange={(event) => onRuns(Number(event.target.value))}
            className="rounded-lg border border-neutral-700 bg-neutral-900 px-2 text-sm"
          >
            {Array.from({ length: RUNS_MAX }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                × {n}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {extras && (cost || sweep || batch) ? (
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">{cost}</div>
          <div className="flex shrink-0 gap-2">
            {sweep}
            {batch}
          </div>
        </div>
      ) : null}
      {issues.length > 0 ? (
        <div id={REASON_ID} className="text-xs text-neutral-400">
          <p>{t('compose.disabledBecause')}</p>
          <ul className="list-disc pl-4">
            {reasons.map((reason, index) => (
              <li key={reason} className={index < REASONS_SHOWN ? undefined : 'sr-only'}>
                {reason}
              </li>
            ))}
          </ul>
          {reasons.length > REASONS_SHOWN ? <p aria-hidden>{t('compose.moreReasons', { count: reasons.length - REASONS_SHOWN })}</p> : null}
        </div>
      ) : null}
      {submitError ? (
        <p role="alert" className="text-sm text-rose-300">
          {submitError}
        </p>
      ) : null}
    </div>
  );
};
