import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { DynamicMask, GenerationRequest } from '../../../api/generation-request.schema.ts';
import { masksAdviceAhead } from '../../../api/model-capabilities.ts';
import { activeControls } from '../utils/active-controls.ts';
import { previewSrc } from '../utils/image-data.ts';
import { issuesFor, messagesId } from './field-messages.tsx';

/** What the composer hands to the motion brush that app/ plugs in (features do not import each other). */
export type MotionBrushSlotProps = {
  frame: string | null; // an <img> src for the first frame, if there is one
  staticMask: string | null;
  dynamicMasks: DynamicMask[] | null;
  onChange: (masks: { staticMask: string | null; dynamicMasks: DynamicMask[] | null }) => void;
  issues: RuleIssue[]; // the staticMask and dynamicMasks ones
  disabledReason: string | null;
  describedBy: string | undefined;
};

type MotionBrushSectionProps = {
  request: GenerationRequest;
  issues: RuleIssue[];
  patch: (changes: Partial<GenerationRequest>) => void;
  renderMotionBrush: (props: MotionBrushSlotProps) => ReactNode;
};

export const MotionBrushSection = ({ request, issues, patch, renderMotionBrush }: MotionBrushSectionProps) => {
  const { t } = useTranslation();
  const blocker = activeControls(request).find((control) => control !== 'masks');
  // Said from before the first stroke (painting for a model that ignores masks is wasted
  // work) and kept while painting, in one place above the picture, so nothing moves it.
  const ahead = request.image ? masksAdviceAhead(request) : null;
  return (
    <section aria-labelledby="motion-brush-heading" className="space-y-2">
      <h3 id="motion-brush-heading" className="text-xs font-medium uppercase tracking-wide text-neutral-400">
        {t('fields.dynamicMasks')}
      </h3>
      {ahead ? (
        <p
          id={messagesId('masks-advice')}
          role="note"
          className="rounded-lg border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-xs text-amber-200"
        >
          {t(`rules.advice.${ahead.advice.rule}` as 'rules.advice.model_feature', {
            ...ahead.advice.params,
            feature: t('compose.features.masks'),
          })}{' '}
          {t('compose.masksTakers', { models: ahead.takers.join(', ') })}
        </p>
      ) : null}
      {renderMotionBrush({
        frame: request.image ? previewSrc(request.image) : null,
        staticMask: request.staticMask,
        dynamicMasks: request.dynamicMasks,
        onChange: patch,
        issues: issuesFor(issues, 'staticMask', 'dynamicMasks'),
        disabledReason: blocker ? t('compose.exclusive.masksBlocked', { control: t(`compose.exclusive.${blocker}`) }) : null,
        describedBy: ahead ? messagesId('masks-advice') : undefined,
      })}
    </section>
  );
};
