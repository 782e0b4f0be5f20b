import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { GenerationRequest, MultiShot } from '../../../api/generation-request.schema.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';
import { FieldMessages, issuesFor, messagesId } from './field-messages.tsx';

/** What the composer hands to the storyboard that app/ plugs in (features do not import each other). */
export type StoryboardSlotProps = {
  value: MultiShot | null;
  onChange: (value: MultiShot | null) => void;
  duration: number;
  issues: RuleIssue[]; // the multiShot ones
  describedBy: string | undefined;
};

type StoryboardSectionProps = {
  request: GenerationRequest;
  issues: RuleIssue[];
  advice: ModelAdvice[];
  patch: (changes: Partial<GenerationRequest>) => void;
  renderStoryboard: (props: StoryboardSlotProps) => ReactNode;
};

export const StoryboardSection = ({ request, issues, advice, patch, renderStoryboard }: StoryboardSectionProps) => {
  const { t } = useTranslation();
  const shotAdvice = issuesFor(advice, 'multiShot');
  return (
    <section aria-labelledby="storyboard-heading" className="space-y-2">
      <h3 id="storyboard-heading" className="text-xs font-medium uppercase tracking-wide text-neutral-400">
        {t('fields.multiShot')}
      </h3>
      {renderStoryboard({
        value: request.multiShot,
        onChange: (multiShot) => patch({ multiShot }),
        duration: request.duration,
        issues: issuesFor(issues, 'multiShot'),
        describedBy: shotAdvice.length ? messagesId('multiShot-advice') : undefined,
      })}
      <FieldMessages id={messagesId('multiShot-advice')} issues={[]} advice={shotAdvice} />
    </section>
  );
};
