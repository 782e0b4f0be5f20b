import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { overriddenKeys, parseMetadataText } from '../utils/metadata-text.ts';
import { FieldMessages, messagesId } from './field-messages.tsx';

type MetadataEditorProps = { text: string; issues: RuleIssue[]; onChange: (text: string) => void };

/** Raw JSON for Kling fields the form does not model; merged last, so it wins. */
export const MetadataEditor = ({ text, issues, onChange }: MetadataEditorProps) => {
  const { t } = useTranslation();
  const parsed = parseMetadataText(text);
  const overrides = parsed.ok ? overriddenKeys(parsed.value) : [];
  return (
    <div>
      <label htmlFor="extraMetadata" className="mb-1 block text-xs text-neutral-400">
        {t('compose.metadata')}
      </label>
      <p id="extraMetadata-hint" className="mb-1 text-[11px] text-neutral-400">
        {t('compose.metadataHint')}
      </p>
      <textarea
        id="extraMetadata"
        rows={4}
        value={text}
        spellCheck={false}
        placeholder={'{\n  "multi_shot": false\n}'}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={`extraMetadata-hint${issues.length || overrides.length ? ` ${messagesId('extraMetadata')}` : ''}`}
        className="w-full rounded-lg border border-neutral-700 bg-neutral-950 p-2 font-mono text-xs aria-invalid:border-rose-500"
      />
      {overrides.length && !issues.length ? (
        <p id={messagesId('extraMetadata')} className="text-xs text-amber-300">
          {t('compose.metadataOverrides', { keys: overrides.join(', ') })}
        </p>
      ) : (
        <FieldMessages id={messagesId('extraMetadata')} issues={issues} />
      )}
    </div>
  );
};
