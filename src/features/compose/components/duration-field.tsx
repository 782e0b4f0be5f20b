import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { DURATION_MAX } from '../../../api/contract-limits.ts';
import { capabilitiesFor, type ModelAdvice } from '../../../api/model-capabilities.ts';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';

type DurationFieldProps = { model: string; value: number; issues: RuleIssue[]; advice: ModelAdvice[]; onChange: (seconds: number) => void };

const quickPicks = [5, 10];
// An unknown model may take any length the contract allows; kling-v3 starts at 3 s.
const UNKNOWN_MODEL_MIN = 1;

export const DurationField = ({ model, value, issues, advice, onChange }: DurationFieldProps) => {
  const { t } = useTranslation();
  const caps = capabilitiesFor(model);
  const range = caps ? (caps.durations.kind === 'range' ? caps.durations : null) : { min: UNKNOWN_MODEL_MIN, max: DURATION_MAX };
  return (
    <div>
      <SegmentedControl
        legend={t('compose.duration')}
        name="duration"
        value={value}
        onChange={onChange}
        options={quickPicks.map((seconds) => ({ value: seconds, label: t('compose.seconds', { count: seconds }) }))}
      />
      {range ? (
        <div className="mt-2 flex items-center gap-3">
          <label htmlFor="duration-range" className="text-xs text-neutral-400">
            {t('compose.durationRange', { min: range.min, max: range.max })}
          </label>
          <input
            id="duration-range"
            type="range"
            min={range.min}
            max={range.max}
            step={1}
            value={value}
            onChange={(event) => onChange(Number(event.target.value))}
            aria-valuetext={t('compose.seconds', { count: value })}
            {...describedBy('duration', issues, advice)}
            className="flex-1 accent-amber-400"
          />
          <output htmlFor="duration-range" className="w-10 text-right text-sm tabular-nums">
            {t('compose.seconds', { count: value })}
          </output>
        </div>
      ) : null}
      <FieldMessages id={messagesId('duration')} issues={issuesFor(issues, 'duration')} advice={issuesFor(advice, 'duration')} />
    </div>
  );
};
