import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import type { ComposeTab } from '../utils/compose-tabs.ts';
import { FramesInputs } from './frames-inputs.tsx';
import { ImageSlotOnDemand as ImageSlot } from './image-slot-on-demand.tsx';

type ComposeInputsProps = {
  tab: ComposeTab;
  request: GenerationRequest;
  issues: RuleIssue[];
  patch: (changes: Partial<GenerationRequest>) => void;
  onUrlLoaded: (url: string, size: { width: number; height: number }) => void;
};

/** The images a mode needs: none, a first frame, or first and last frames. */
export const ComposeInputs = ({ tab, request, issues, patch, onUrlLoaded }: ComposeInputsProps) => {
  const { t } = useTranslation();
  if (tab === 'text') return null;
  return (
    <div className="space-y-2">
      {tab === 'image' ? (
        <ImageSlot
          field="image"
          label={t('fields.image')}
          value={request.image}
          issues={issues}
          onChange={(image) => patch({ image })}
          onUrlLoaded={onUrlLoaded}
        />
      ) : null}
      {tab === 'frames' ? (
        <FramesInputs image={request.image} imageTail={request.imageTail} issues={issues} onChange={patch} onUrlLoaded={onUrlLoaded} />
      ) : null}
    </div>
  );
};
