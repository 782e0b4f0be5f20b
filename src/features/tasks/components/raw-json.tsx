import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

// Base64 images run to megabytes: shown shortened, copied whole.
const SHOWN_MAX = 200;
const shorten = (_key: string, value: unknown) =>
  typeof value === 'string' && value.length > SHOWN_MAX ? `${value.slice(0, 80)}… (${value.length} characters)` : value;

export const RawJson = ({ record }: { record: TaskRecord }) => {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(JSON.stringify(record, null, 2));
    setCopied(true);
  };
  return (
    <details className="rounded-lg border border-neutral-800 text-sm">
      <summary className="cursor-pointer px-3 py-2 font-medium">{t('player.rawJson')}</summary>
      <div className="space-y-2 border-t border-neutral-800 p-3">
        <Button variant="ghost" className="text-xs" onClick={() => void copy()}>
          {copied ? t('player.copied') : t('player.copyJson')}
        </Button>
        <pre className="max-h-80 overflow-auto rounded bg-neutral-900 p-3 text-xs leading-relaxed">
          {JSON.stringify(record, shorten, 2)}
        </pre>
      </div>
    </details>
  );
};
