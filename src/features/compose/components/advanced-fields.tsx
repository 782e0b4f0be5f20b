import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { issuesFor } from './field-messages.tsx';

// Closed until asked for (or until one of its fields has a problem): the fields load the
// first time it opens, off the first screen's bytes (npm run test:bundle).
const AdvancedFieldsBody = lazy(() => import('./advanced-fields-body.tsx').then((m) => ({ default: m.AdvancedFieldsBody })));

export type AdvancedFieldsProps = {
  callbackUrl: string | null;
  externalTaskId: string | null;
  metadataText: string;
  issues: RuleIssue[];
  onChange: (changes: { callbackUrl?: string | null; externalTaskId?: string | null }) => void;
  onMetadataText: (text: string) => void;
};

export const AdvancedFields = (props: AdvancedFieldsProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hasIssues = issuesFor(props.issues, 'callbackUrl', 'externalTaskId', 'extraMetadata').length > 0;
  return (
    <details
      className="group rounded-lg border border-neutral-800 p-3"
      open={hasIssues || undefined}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium text-neutral-300">{t('compose.advanced')}</summary>
      {open || hasIssues ? (
        <Suspense fallback={<div className="mt-3 h-64" aria-busy />}>
          <AdvancedFieldsBody {...props} />
        </Suspense>
      ) : null}
    </details>
  );
};
