import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { useBrush } from '../hooks/use-brush.ts';
import type { Tool } from '../utils/tool.ts';
import {
  addRegion,
  addStroke,
  clampPoint,
  clearRegion,
  emptyDoc,
  removeRegion,
  setPath,
  staticRegion,
  type Point,
  type RegionKind,
} from '../utils/brush-doc.ts';
import type { BrushMasks } from '../utils/doc-masks.ts';
import type { FrameSize } from '../utils/kling-coords.ts';
import { coverageOf, rasteriseLabels } from '../utils/rasterise.ts';
import { motionNumber } from '../utils/region-colours.ts';
import { issuesByRegion } from '../utils/region-issues.ts';
import { trajectoryFor } from '../utils/resample-path.ts';
import { BrushDescription } from './brush-description.tsx';
import { BrushStage } from './brush-stage.tsx';
import { BrushToolbar } from './brush-toolbar.tsx';
import { RegionList } from './region-list.tsx';

type BrushWorkspaceProps = { src: string; frame: FrameSize; masks: BrushMasks; onChange: (masks: BrushMasks) => void; issues: RuleIssue[] };

const COVERAGE_WIDTH = 320;
const DEFAULT_BRUSH = 0.04; // of the frame's width

export const BrushWorkspace = ({ src, frame, masks, onChange, issues }: BrushWorkspaceProps) => {
  const { t } = useTranslation();
  const descriptionId = useId();
  const keysId = useId();
  const brush = useBrush(masks, frame, onChange);
  const { doc } = brush;
  const [tool, setTool] = useState<Tool>('paint');
  const [size, setSize] = useState(() => Math.max(2, Math.round(frame.width * DEFAULT_BRUSH)));
  const [activeId, setActiveId] = useState<number>();
  const active = doc.regions.find((region) => region.id === activeId) ?? doc.regions.at(-1);
  const nameOf = (id: number) => {
    const region = doc.regions.find((r) => r.id === id);
    return !region || region.kind === 'static'
      ? t('motionBrush.regions.static')
      : t('motionBrush.regions.dynamic', { n: motionNumber(doc, region) });
  };

  const coverage = useMemo(
    () => coverageOf(rasteriseLabels(doc, COVERAGE_WIDTH, Math.max(1, Math.round((COVERAGE_WIDTH * frame.height) / frame.width)))),
    [doc, frame],
  );
  const pathPoints = new Map(doc.regions.map((region) => [region.id, trajectoryFor(region.path, frame).length]));
  const { byRegion, general } = issuesByRegion(issues, staticRegion(doc)?.id, brush.dynamicIds);
  const say = (issue: RuleIssue) => t(`rules.${issue.rule}` as 'rules.required', { ...issue.params, defaultValue: issue.message });
  // A region without a path already says so in its status; the rule's count would only repeat it.
  const problems = new Map(
    [...byRegion].map(([id, list]) => [
      id,
      list.filter((issue) => !(issue.rule === 'trajectory_points' && issue.params.actual === 0)).map(say),
    ]),
  );

  const add = (kind: RegionKind) => {
    const added = addRegion(doc, kind);
    if (!added) return;
    brush.apply(() => added.doc);
    setActiveId(added.id);
    if (kind === 'static' && tool === 'path') setTool('paint');
  };
  const onStroke = (points: Point[]) => {
    // Painting before adding a region starts Motion 1.
    const added = active ? null : addRegion(doc, 'dynamic');
    const region = active?.id ?? added?.id;
    if (region === undefined) return;
    if (added) setActiveId(added.id);
    brush.apply(() => addStroke(added?.doc ?? doc, { region, erase: tool === 'erase', radius: size / frame.width, points }));
  };
  const onPath = (path: Point[]) => active && brush.apply((current) => setPath(current, active.id, path));
  const onClear = (id: number) => {
    const at = doc.regions.findIndex((region) => region.id === id);
    const cleared = clearRegion(doc, id);
    brush.apply(() => cleared);
    if (id === active?.id) setActiveId(cleared.regions[at]?.id);
  };
  const onAddPoint =
    active?.kind === 'dynamic'
      ? () => onPath([...active.path, clampPoint({ x: (active.path.at(-1)?.x ?? 0.45) + 0.05, y: active.path.at(-1)?.y ?? 0.5 })])
      : null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || (event.key.toLowerCase() !== 'z' && event.key.toLowerCase() !== 'y')) return;
    event.preventDefault();
    if (event.shiftKey || event.key.toLowerCase() === 'y') brush.redo();
    else brush.undo();
  };
  const hint =
    tool === 'path' && active?.kind !== 'dynamic' ? t('motionBrush.toolHints.pathNeedsMotion') : t(`motionBrush.toolHints.${tool}`);

  return (
    <div className="space-y-3" onKeyDown={onKeyDown}>
      <p className="text-xs text-neutral-400">{t('motionBrush.intro')}</p>
      {brush.unreadable ? <p className="text-xs text-amber-300">{t('motionBrush.unreadable')}</p> : null}
      <BrushToolbar
        tool={tool}
        onTool={setTool}
        size={size}
        maxSize={Math.max(8, Math.round(frame.width * 0.15))}
        onSize={setSize}
        canUndo={brush.canUndo}
        canRedo={brush.canRedo}
        onUndo={brush.undo}
        onRedo={brush.redo}
        onClearAll={doc.regions.length ? () => brush.apply(() => emptyDoc()) : null}
        onAddPoint={tool === 'path' ? onAddPoint : null}
        hint={hint}
      />
      <BrushStage
        src={src}
        frame={frame}
        doc={doc}
        active={active}
        activeName={active ? nameOf(active.id) : ''}
        tool={tool}
        radius={size / frame.width}
        describedBy={`${descriptionId} ${keysId}`}
        onStroke={onStroke}
        onPath={onPath}
      />
      <BrushDescription id={descriptionId} doc={doc} frame={frame} coverage={coverage} nameOf={nameOf} />
      <RegionList
        doc={doc}
        activeId={active?.id}
        nameOf={nameOf}
        coverage={coverage}
        pathPoints={pathPoints}
        problems={problems}
        onSelect={setActiveId}
        onAdd={add}
        onClear={onClear}
        onRemove={(id) => brush.apply((current) => removeRegion(current, id))}
      />
      {general.length ? (
        <ul className="space-y-0.5 text-xs text-rose-300">
          {general.map((issue) => (
            <li key={`${issue.field}-${issue.rule}`}>{say(issue)}</li>
          ))}
        </ul>
      ) : null}
      <p id={keysId} className="text-[11px] text-neutral-400">
        {t('motionBrush.keyboard.hint')} {t('motionBrush.shortcuts')}
      </p>
    </div>
  );
};
