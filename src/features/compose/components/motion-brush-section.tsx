import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { DynamicMask, GenerationRequest } from '../../../api/generation-request.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';
import { activeControls } from '../utils/active-controls.ts';
import { previewSrc } from '../utils/image-data.ts';
import { FieldMessages, issuesFor, messagesId } from './field-messages.tsx';

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
  advice: ModelAdvice[];
  patch: (changes: Partial<GenerationRequest>) => void;
  renderMotionBrush: (props: MotionBrushSlotProps) => ReactNode;
};

export const MotionBrushSection = ({ request, issues, advice, patch, renderMotionBrush }: MotionBrushSectionProps) => {
  const { t } = useTranslation();
  const blocker = activeControls(request).find((control) => control !== 'masks');
  const maskAdvice = issuesFor(advice, 'staticMask');
  return (
    <section aria-labelledby="motion-brush-heading" className="space-y-2">
      <h3 id="motion-brush-heading" className="text-xs font-medium uppercase tracking-wide text-neutral-400">
        {t('fields.dynamicMasks')}
      </h3>
      {renderMotionBrush({
        frame: request.image ? previewSrc(request.image) : null,
        staticMask: request.staticMask,
        dynamicMasks: request.dynamicMasks,
        onChange: patch,
        issues: issuesFor(issues, 'staticMask', 'dynamicMasks'),
        disabledReason: blocker ? t('compose.exclusive.masksBlocked', { control: t(`compose.exclusive.${blocker}`) }) : null,
        describedBy: maskAdvice.length ? messagesId('masks-advice') : undefined,
      })}
      <FieldMessages id={messagesId('masks-advice')} issues={[]} advice={maskAdvice} />
    </section>
  );
};
