import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { CFG_DEFAULT, CFG_MAX, CFG_MIN } from '../../../api/contract-limits.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';

type CfgFieldProps = { value: number | null; issues: RuleIssue[]; advice: ModelAdvice[]; onChange: (value: number | null) => void };

/** cfg_scale: left unset, Kling uses its default; the slider shows that default until moved. */
export const CfgField = ({ value, issues, advice, onChange }: CfgFieldProps) => {
  const { t } = useTranslation();
  const shown = value ?? CFG_DEFAULT;
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <label htmlFor="cfgScale" className="text-xs font-medium uppercase tracking-wide text-neutral-400">
          {t('compose.cfg')}
        </label>
        <span className="text-xs tabular-nums text-neutral-300">
          {value === null ? t('compose.cfgDefault', { value: CFG_DEFAULT }) : shown.toFixed(2)}
          {value !== null ? (
            <button
              type="button"
              className="ml-2 text-amber-300 underline"
              onClick={() => {
                // The button goes with the value it unset: the focus moves to the slider.
                document.getElementById('cfgScale')?.focus();
                onChange(null);
              }}
            >
              {t('compose.cfgUnset')}
            </button>
          ) : null}
        </span>
      </div>
      <input
        id="cfgScale"
        type="range"
        min={CFG_MIN}
        max={CFG_MAX}
        step={0.05}
        value={shown}
        onChange={(event) => onChange(Number(event.target.value))}
        {...describedBy('cfgScale', issues, advice)}
        className={`w-full accent-amber-400 ${value === null ? 'opacity-60' : ''}`}
      />
      <div className="flex justify-between text-[11px] text-neutral-400" aria-hidden>
        <span>{t('compose.cfgLoose')}</span>
        <span>{t('compose.cfgStrict')}</span>
      </div>
      <FieldMessages id={messagesId('cfgScale')} issues={issuesFor(issues, 'cfgScale')} advice={issuesFor(advice, 'cfgScale')} />
    </div>
  );
};
