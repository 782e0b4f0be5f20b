import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import type { Tool } from '../utils/tool.ts';

type BrushToolbarProps = {
  tool: Tool;
  onTool: (tool: Tool) => void;
  size: number;
  maxSize: number;
  onSize: (px: number) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClearAll: (() => void) | null;
  onAddPoint: (() => void) | null;
  hint: string;
};

const tools: Tool[] = ['paint', 'erase', 'path'];

export const BrushToolbar = ({
  tool,
  onTool,
  size,
  maxSize,
  onSize,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onClearAll,
  onAddPoint,
  hint,
}: BrushToolbarProps) => {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <SegmentedControl
          legend={t('motionBrush.tools.label')}
          name="brush-tool"
          value={tool}
          onChange={onTool}
          options={tools.map((value) => ({ value, label: t(`motionBrush.tools.${value}`) }))}
        />
        {tool !== 'path' ? (
          <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-neutral-400">
            <span>
              {t('motionBrush.size')} <span className="tabular-nums text-neutral-200">{t('motionBrush.sizeValue', { px: size })}</span>
            </span>
            {/* Named here: an <output> in the label would have been the label's control instead of the slider. */}
            <input
              type="range"
              min={2}
              max={maxSize}
              step={1}
              value={size}
              aria-label={t('motionBrush.size')}
              aria-valuetext={t('motionBrush.sizeValue', { px: size })}
              onChange={(event) => onSize(Number(event.target.value))}
              className="accent-amber-400"
            />
          </label>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-1.5">
        <Button className="px-2 py-1 text-xs" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          ↶ {t('motionBrush.undo')}
        </Button>
        <Button className="px-2 py-1 text-xs" onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
          ↷ {t('motionBrush.redo')}
        </Button>
        {onAddPoint ? (
          <Button className="px-2 py-1 text-xs" onClick={onAddPoint}>
            + {t('motionBrush.addPoint')}
          </Button>
        ) : null}
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={onClearAll ?? undefined} disabled={!onClearAll}>
          {t('motionBrush.clearAll')}
        </Button>
      </div>
      <p className="text-xs text-neutral-400" aria-live="polite">
        {hint}
      </p>
    </div>
  );
};
