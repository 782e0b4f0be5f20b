import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { AspectRatio } from '../../../api/contract-limits.ts';
import type { CameraControl, GenerationRequest } from '../../../api/generation-request.schema.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';
import { activeControls } from '../utils/active-controls.ts';
import type { ComposeTab } from '../utils/compose-tabs.ts';
import { previewSrc } from '../utils/image-data.ts';
import { ExclusiveControls } from './exclusive-controls.tsx';
import { FieldMessages, issuesFor, messagesId } from './field-messages.tsx';

/** What the composer hands to the camera editor that app/ plugs in (features do not import each other). */
export type CameraSlotProps = {
  value: CameraControl | null;
  onChange: (value: CameraControl | null) => void;
  frame: string | null; // an <img> src for the first frame, if there is one
  aspectRatio: AspectRatio;
  disabledReason: string | null;
  describedBy: string | undefined;
};

type CameraSectionProps = {
  tab: ComposeTab;
  request: GenerationRequest;
  issues: RuleIssue[];
  advice: ModelAdvice[];
  patch: (changes: Partial<GenerationRequest>) => void;
  renderCamera: (props: CameraSlotProps) => ReactNode;
};

export const CameraSection = ({ tab, request, issues, advice, patch, renderCamera }: CameraSectionProps) => {
  const { t } = useTranslation();
  const active = activeControls(request);
  const blocker = active.find((control) => control !== 'cameraControl');
  // The last-frame mode has no camera move even before its last frame is chosen.
  const disabledReason =
    tab === 'frames'
      ? t('compose.exclusive.cameraBlockedFrames')
      : blocker
        ? t('compose.exclusive.cameraBlocked', { control: t(`compose.exclusive.${blocker}`) })
        : null;
  const cameraIssues = issuesFor(issues, 'cameraControl', 'exclusive');
  const cameraAdvice = issuesFor(advice, 'cameraControl');
  return (
    <section aria-labelledby="camera-heading" className="space-y-2">
      <h3 id="camera-heading" className="text-xs font-medium uppercase tracking-wide text-neutral-400">
        {t('fields.cameraControl')}
      </h3>
      <ExclusiveControls active={active} maskCount={(request.staticMask ? 1 : 0) + (request.dynamicMasks?.length ?? 0)} />
      {renderCamera({
        value: request.cameraControl,
        onChange: (cameraControl) => patch({ cameraControl }),
        frame: request.image ? previewSrc(request.image) : null,
        aspectRatio: request.aspectRatio,
        disabledReason,
        describedBy: cameraIssues.length || cameraAdvice.length ? messagesId('cameraControl') : undefined,
      })}
      <FieldMessages id={messagesId('cameraControl')} issues={cameraIssues} advice={cameraAdvice} />
    </section>
  );
};
