import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { DynamicMask } from '../../../api/generation-request.schema.ts';
import { useFrameSize } from '../hooks/use-frame-size.ts';
import { BrushWorkspace } from './brush-workspace.tsx';

type MotionBrushEditorProps = {
  frame: string | null; // an <img> src for the first frame
  staticMask: string | null;
  dynamicMasks: DynamicMask[] | null;
  onChange: (masks: { staticMask: string | null; dynamicMasks: DynamicMask[] | null }) => void;
  issues: RuleIssue[];
  disabledReason: string | null;
  describedBy: string | undefined;
};

const note = (text: string) => (
  <p className="rounded-lg border border-neutral-800 p-3 text-xs text-neutral-400" role="note">
    {text}
  </p>
);

/** Kling's motion brush, drawn: a still area and up to six moving regions with their paths, over the first frame. */
export const MotionBrushEditor = ({
  frame,
  staticMask,
  dynamicMasks,
  onChange,
  issues,
  disabledReason,
  describedBy,
}: MotionBrushEditorProps) => {
  const { t } = useTranslation();
  const size = useFrameSize(disabledReason ? null : frame);
  if (disabledReason) return note(disabledReason);
  if (!frame) return note(t('motionBrush.needsFrame'));
  if (!size) return <div className="h-40 animate-pulse rounded-lg bg-neutral-950" aria-busy />;
  return (
    <div aria-describedby={describedBy}>
      <BrushWorkspace src={frame} frame={size} masks={{ staticMask, dynamicMasks }} onChange={onChange} issues={issues} />
    </div>
  );
};
