import { useTranslation } from '../../../lib/use-translation.ts';
import type { BrushDoc } from '../utils/brush-doc.ts';
import type { FrameSize } from '../utils/kling-coords.ts';

type BrushDescriptionProps = { id: string; doc: BrushDoc; frame: FrameSize; coverage: Map<number, number>; nameOf: (id: number) => string };

const at = (point: { x: number; y: number }) => `(${Math.round(point.x * 100)}, ${Math.round(point.y * 100)})`;

/** What the canvas shows, in words: read out for the canvas by aria-describedby. */
export const BrushDescription = ({ id, doc, frame, coverage, nameOf }: BrushDescriptionProps) => {
  const { t } = useTranslation();
  const painted = doc.regions.filter((region) => (coverage.get(region.id) ?? 0) > 0);
  const lines = painted.map((region) => {
    const start = region.path[0];
    const end = region.path.at(-1);
    const moving = start && end && region.path.length > 1 ? t('motionBrush.describe.path', { from: at(start), to: at(end) }) : '';
    return `${t('motionBrush.describe.region', { name: nameOf(region.id), percent: Math.max(1, Math.round((coverage.get(region.id) ?? 0) * 100)) })}${moving}.`;
  });
  return (
    <p id={id} className="sr-only">
      {t('motionBrush.describe.frame', { width: frame.width, height: frame.height })}{' '}
      {lines.length ? lines.join(' ') : t('motionBrush.describe.none')}
    </p>
  );
};
