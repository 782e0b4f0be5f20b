import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { canAddRegion, type BrushDoc, type RegionKind } from '../utils/brush-doc.ts';
import { regionColour } from '../utils/region-colours.ts';

type RegionListProps = {
  doc: BrushDoc;
  activeId: number | undefined;
  nameOf: (id: number) => string;
  coverage: Map<number, number>;
  pathPoints: Map<number, number>;
  problems: Map<number, string[]>;
  onSelect: (id: number) => void;
  onAdd: (kind: RegionKind) => void;
  onClear: (id: number) => void;
  onRemove: (id: number) => void;
};

const percentText = (fraction: number) => (fraction > 0 && fraction < 0.01 ? '<1' : String(Math.round(fraction * 100)));

/** The regions as a radio group (which one the brush paints), each with its colour, what it covers and what is sent. */
export const RegionList = ({
  doc,
  activeId,
  nameOf,
  coverage,
  pathPoints,
  problems,
  onSelect,
  onAdd,
  onClear,
  onRemove,
}: RegionListProps) => {
  const { t } = useTranslation();
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-neutral-400">{t('motionBrush.regions.label')}</legend>
      <ul className="space-y-1">
        {doc.regions.map((region) => {
          const name = nameOf(region.id);
          const covered = coverage.get(region.id) ?? 0;
          const points = pathPoints.get(region.id) ?? 0;
          const status =
            covered === 0
              ? t('motionBrush.regions.empty')
              : region.kind === 'static'
                ? t('motionBrush.regions.staticNote')
                : points
                  ? t('motionBrush.regions.path', { count: points })
                  : t('motionBrush.regions.noPath');
          return (
            <li
              key={region.id}
              className="flex flex-wrap items-center gap-2 rounded-lg border border-neutral-800 px-2 py-1.5 has-[:checked]:border-amber-400/70 has-[:checked]:bg-amber-400/5"
            >
              <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="brush-region"
                  checked={region.id === activeId}
                  onChange={() => onSelect(region.id)}
                  aria-label={name}
                  aria-describedby={`brush-region-${region.id}`}
                  className="accent-amber-400"
                />
                <span
                  aria-hidden
                  className="size-3.5 shrink-0 rounded-sm border border-black/40"
                  style={{ backgroundColor: regionColour(doc, region) }}
                />
                <span className="min-w-0">
                  <span className="block whitespace-nowrap font-medium">{name}</span>
                  <span id={`brush-region-${region.id}`} className="block text-xs text-neutral-400">
                    {covered > 0 ? `${t('motionBrush.regions.coverage', { percent: percentText(covered) })} · ` : ''}
                    {status}
                  </span>
                </span>
              </label>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                onClick={() => onClear(region.id)}
                aria-label={t('motionBrush.regions.clearLabel', { name })}
              >
                {t('motionBrush.regions.clear')}
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5 text-xs"
                onClick={() => onRemove(region.id)}
                aria-label={t('motionBrush.regions.removeLabel', { name })}
              >
                ✕
              </Button>
              {(problems.get(region.id) ?? []).map((problem) => (
                <p key={problem} className="w-full text-xs text-rose-300">
                  {problem}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-1.5">
        <Button className="px-2 py-1 text-xs" onClick={() => onAdd('static')} disabled={!canAddRegion(doc, 'static')}>
          + {t('motionBrush.regions.addStatic')}
        </Button>
        <Button
          className="px-2 py-1 text-xs"
          onClick={() => onAdd('dynamic')}
          disabled={!canAddRegion(doc, 'dynamic')}
          aria-describedby={canAddRegion(doc, 'dynamic') ? undefined : 'brush-region-limit'}
        >
          + {t('motionBrush.regions.addDynamic')}
        </Button>
      </div>
      {canAddRegion(doc, 'dynamic') ? null : (
        <p id="brush-region-limit" className="text-xs text-neutral-400">
          {t('motionBrush.regions.limit')}
        </p>
      )}
    </fieldset>
  );
};
