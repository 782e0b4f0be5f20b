import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { capabilitiesFor, type ModelAdvice } from '../../../api/model-capabilities.ts';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { issuesFor } from './field-messages.tsx';
import { AspectField } from './aspect-field.tsx';
import { CfgField } from './cfg-field.tsx';
import { DurationField } from './duration-field.tsx';
import { ModelField } from './model-field.tsx';
import { SoundField } from './sound-field.tsx';

type ClipSettingsProps = {
  request: GenerationRequest;
  issues: RuleIssue[];
  advice: ModelAdvice[];
  hasFirstFrame: boolean;
  patch: (changes: Partial<GenerationRequest>) => void;
};

/** Model, quality, length, shape, adherence and sound: the fields every mode shares. */
export const ClipSettings = ({ request, issues, advice, hasFirstFrame, patch }: ClipSettingsProps) => {
  const { t } = useTranslation();
  const caps = capabilitiesFor(request.model);
  return (
    <div className="space-y-4">
      <ModelField value={request.model} issues={issues} advice={advice} onChange={(model) => patch({ model })} />
      <SegmentedControl
        legend={t('compose.mode')}
        name="mode"
        value={request.mode}
        onChange={(mode) => patch({ mode })}
        options={[
          { value: 'std', label: t('compose.modeStd'), hint: t('compose.modeStdHint') },
          { value: 'pro', label: t('compose.modePro'), hint: t('compose.modeProHint') },
        ]}
      />
      <DurationField
        model={request.model}
        value={request.duration}
        issues={issues}
        advice={advice}
        onChange={(duration) => patch({ duration })}
      />
      <AspectField value={request.aspectRatio} followsImage={hasFirstFrame} onChange={(aspectRatio) => patch({ aspectRatio })} />
      <CfgField value={request.cfgScale} issues={issues} advice={advice} onChange={(cfgScale) => patch({ cfgScale })} />
      {caps === null || caps.sound || request.sound ? (
        <SoundField value={request.sound} advice={issuesFor(advice, 'sound')} onChange={(sound) => patch({ sound })} />
      ) : null}
    </div>
  );
};
