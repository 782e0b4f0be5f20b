import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { newExternalTaskId } from '../utils/external-id.ts';
import type { AdvancedFieldsProps } from './advanced-fields.tsx';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';
import { MetadataEditor } from './metadata-editor.tsx';

const inputClass = 'w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono text-sm aria-invalid:border-rose-500';

/** The advanced fields themselves: loaded the first time the section opens. */
export const AdvancedFieldsBody = ({
  callbackUrl,
  externalTaskId,
  metadataText,
  issues,
  onChange,
  onMetadataText,
}: AdvancedFieldsProps) => {
  const { t } = useTranslation();
  return (
    <div className="mt-3 space-y-4">
      <div>
        <label htmlFor="callbackUrl" className="mb-1 block text-xs text-neutral-400">
          {t('compose.callbackUrl')}
        </label>
        <input
          id="callbackUrl"
          type="url"
          value={callbackUrl ?? ''}
          placeholder="https://example.com/kling-hook"
          onChange={(event) => onChange({ callbackUrl: event.target.value || null })}
          {...describedBy('callbackUrl', issues)}
          className={inputClass}
        />
        <FieldMessages id={messagesId('callbackUrl')} issues={issuesFor(issues, 'callbackUrl')} />
      </div>
      <div>
        <label htmlFor="externalTaskId" className="mb-1 block text-xs text-neutral-400">
          {t('compose.externalTaskId')}
        </label>
        <div className="flex gap-2">
          <input
            id="externalTaskId"
            value={externalTaskId ?? ''}
            onChange={(event) => onChange({ externalTaskId: event.target.value || null })}
            {...describedBy('externalTaskId', issues)}
            className={inputClass}
          />
          <Button className="whitespace-nowrap" onClick={() => onChange({ externalTaskId: newExternalTaskId() })}>
            {t('compose.newId')}
          </Button>
        </div>
        <FieldMessages id={messagesId('externalTaskId')} issues={issuesFor(issues, 'externalTaskId')} />
      </div>
      <MetadataEditor text={metadataText} issues={issuesFor(issues, 'extraMetadata')} onChange={onMetadataText} />
    </div>
  );
};
