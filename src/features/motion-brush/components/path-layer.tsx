import { dynamicRegions, type BrushDoc } from '../utils/brush-doc.ts';
import type { FrameSize } from '../utils/kling-coords.ts';
import { regionColour } from '../utils/region-colours.ts';

/** Each motion region's path with a dot where it starts and an arrowhead where it ends. */
export const PathLayer = ({ doc, frame, activeId }: { doc: BrushDoc; frame: FrameSize; activeId: number | undefined }) => {
  const { width: w, height: h } = frame;
  const unit = Math.min(w, h) / 60;
  return (
    <svg viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-hidden className="pointer-events-none absolute inset-0 size-full">
      {dynamicRegions(doc).map((region) => {
        const points = region.path.map((p) => [p.x * w, p.y * h] as const);
        const start = points[0];
        if (!start) return null;
        const colour = regionColour(doc, region);
        const [ex, ey] = points.at(-1)!;
        const [px, py] = points.at(-2) ?? start;
        const angle = Math.atan2(ey - py, ex - px);
        const head = [angle + 2.6, angle - 2.6].map((a) => `${ex + Math.cos(a) * 2 * unit},${ey + Math.sin(a) * 2 * unit}`).join(' ');
        const active = region.id === activeId;
        return (
          <g key={region.id} opacity={active ? 1 : 0.75}>
            <polyline
              points={points.map((p) => p.join(',')).join(' ')}
              fill="none"
              stroke="black"
              strokeOpacity={0.5}
              strokeWidth={active ? 5 : 4}
              vectorEffect="non-scaling-stroke"
              strokeLinejoin="round"
            />
            <polyline
              points={points.map((p) => p.join(',')).join(' ')}
              fill="none"
              stroke={colour}
              strokeWidth={active ? 3 : 2}
              strokeDasharray={active ? undefined : '6 4'}
              vectorEffect="non-scaling-stroke"
              strokeLinejoin="round"
            />
            <circle
              cx={start[0]}
              cy={start[1]}
              r={unit * 0.8}
              fill={colour}
              stroke="black"
              strokeWidth={1}
              vectorEffect="non-scaling-stroke"
            />
            {points.length > 1 ? (
              <polygon points={`${ex},${ey} ${head}`} fill={colour} stroke="black" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            ) : null}
          </g>
        );
      })}
    </svg>
  );
};
