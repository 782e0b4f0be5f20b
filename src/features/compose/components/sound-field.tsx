import { useTranslation } from '../../../lib/use-translation.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';

type SoundFieldProps = { value: 'on' | 'off' | null; advice: ModelAdvice[]; onChange: (value: 'on' | null) => void };

/** Sound is off unless asked for, so "off" is sent as nothing rather than a field older models may refuse. */
export const SoundField = ({ value, advice, onChange }: SoundFieldProps) => {
  const { t } = useTranslation();
  return (
    <div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={value === 'on'}
          onChange={(event) => onChange(event.target.checked ? 'on' : null)}
          {...describedBy('sound', [], advice)}
          className="size-4 accent-amber-400"
        />
        {t('compose.sound')}
      </label>
      <FieldMessages id={messagesId('sound')} issues={[]} advice={issuesFor(advice, 'sound')} />
    </div>
  );
};
