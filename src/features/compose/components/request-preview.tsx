import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { CreateCall } from '../../../api/build-create-body.ts';

// Closed until asked for: its body (and the curl and copy code) loads the first time it opens.
const RequestPreviewBody = lazy(() => import('./request-preview-body.tsx').then((m) => ({ default: m.RequestPreviewBody })));

/** The request preview: what the current surface will receive, shown on demand. */
export const RequestPreview = ({ call }: { call: CreateCall }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-lg border border-neutral-800 p-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-neutral-300">{t('compose.preview.heading')}</summary>
      {/* Mounted only while open, so "Copied" does not outlive a close, as before. */}
      {open ? (
        <Suspense fallback={<p className="mt-2 h-72" aria-busy />}>
          <RequestPreviewBody call={call} />
        </Suspense>
      ) : null}
    </details>
  );
};
