import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { CreateCall } from '../../../api/build-create-body.ts';
import { Button } from '../../../components/button.tsx';
import { abbreviateBody, curlCommand } from '../utils/curl-command.ts';

/** The exact body the current surface will receive, and the same call as curl with the key left as a variable; loaded when the preview is opened. */
export const RequestPreviewBody = ({ call }: { call: CreateCall }) => {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'json' | 'curl' | null>(null);
  const copy = (what: 'json' | 'curl') => {
    const text = what === 'json' ? JSON.stringify(call.body, null, 2) : curlCommand(call);
    void navigator.clipboard?.writeText(text).then(() => setCopied(what));
  };
  return (
    <>
      <p className="mt-2 font-mono text-xs text-neutral-400">
        POST {call.path} <span className="text-neutral-600">· {t(`compose.preview.surface.${call.surface}`)}</span>
      </p>
      <pre
        aria-label={t('compose.preview.bodyLabel')}
        className="mt-2 max-h-72 overflow-auto rounded-md bg-neutral-950 p-2 font-mono text-[11px] leading-snug text-neutral-200"
      >
        {JSON.stringify(abbreviateBody(call.body), null, 2)}
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button className="px-2 py-1 text-xs" onClick={() => copy('json')}>
          {t('compose.preview.copyJson')}
        </Button>
        <Button className="px-2 py-1 text-xs" onClick={() => copy('curl')}>
          {t('compose.preview.copyCurl')}
        </Button>
        <span role="status" className="text-xs text-emerald-300">
          {copied ? t('compose.preview.copied') : ''}
        </span>
      </div>
      <p className="mt-1 text-[11px] text-neutral-400">{t('compose.preview.note')}</p>
    </>
  );
};
