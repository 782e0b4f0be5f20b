import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { capabilitiesFor, knownModels, type ModelAdvice } from '../../../api/model-capabilities.ts';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';
import { ModelSummary } from './model-summary.tsx';

type ModelFieldProps = { value: string; issues: RuleIssue[]; advice: ModelAdvice[]; onChange: (model: string) => void };

/** Free text, because the account decides which models exist; known ones are suggested. */
export const ModelField = ({ value, issues, advice, onChange }: ModelFieldProps) => {
  const { t } = useTranslation();
  const caps = capabilitiesFor(value);
  return (
    <div>
      <label htmlFor="model" className="mb-1.5 block text-xs font-medium uppercase tracking-wide text-neutral-400">
        {t('compose.model')}
      </label>
      <input
        id="model"
        list="known-models"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        {...describedBy('model', issues, advice)}
        className="w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono text-sm aria-invalid:border-rose-500"
      />
      <datalist id="known-models">
        {knownModels.map((model) => (
          <option key={model} value={model} />
        ))}
      </datalist>
      {caps ? <ModelSummary caps={caps} /> : null}
      <FieldMessages id={messagesId('model')} issues={issuesFor(issues, 'model')} advice={issuesFor(advice, 'model')} />
    </div>
  );
};
