import { PROMPT_MAX } from '../../../api/contract-limits.ts';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';

type TextFieldProps = {
  field: 'prompt' | 'negativePrompt';
  label: string;
  value: string;
  placeholder: string;
  rows: number;
  issues: RuleIssue[];
  onChange: (value: string) => void;
};

/** A prompt textarea with a live count against Kling's 2,500 characters. */
export const TextField = ({ field, label, value, placeholder, rows, issues, onChange }: TextFieldProps) => {
  const { t } = useTranslation();
  const over = value.length > PROMPT_MAX;
  const countId = `${field}-count`;
  const aria = describedBy(field, issues);
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <label htmlFor={field} className="text-xs font-medium uppercase tracking-wide text-neutral-400">
          {label}
        </label>
        <span id={countId} className={`text-xs tabular-nums ${over ? 'font-semibold text-rose-400' : 'text-neutral-400'}`}>
          {t('compose.characters', { length: value.length, max: PROMPT_MAX })}
        </span>
      </div>
      <textarea
        id={field}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={[countId, aria['aria-describedby']].filter(Boolean).join(' ')}
        className="w-full resize-y rounded-lg border border-neutral-700 bg-neutral-950 p-3 text-sm leading-relaxed placeholder:text-neutral-400/75 aria-invalid:border-rose-500"
      />
      <FieldMessages id={messagesId(field)} issues={issuesFor(issues, field)} />
    </div>
  );
};
