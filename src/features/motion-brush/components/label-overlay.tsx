import { useEffect, useRef } from 'react';
import { staticRegion, type BrushDoc } from '../utils/brush-doc.ts';
import type { FrameSize } from '../utils/kling-coords.ts';
import { rasteriseLabels } from '../utils/rasterise.ts';
import { hexToRgb, regionColour } from '../utils/region-colours.ts';

// On screen the painting is drawn at a modest size; the masks sent are made at
// the first frame's own size from the same document.
const OVERLAY_MAX_WIDTH = 720;

/** Every region in its colour, half see-through over the first frame. */
export const LabelOverlay = ({ doc, frame }: { doc: BrushDoc; frame: FrameSize }) => {
  const ref = useRef<HTMLCanvasElement>(null);
  const width = Math.min(frame.width, OVERLAY_MAX_WIDTH);
  const height = Math.max(1, Math.round((width * frame.height) / frame.width));
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const labels = rasteriseLabels(doc, width, height);
    const colours = new Map(doc.regions.map((region) => [region.id, hexToRgb(regionColour(doc, region))]));
    const still = staticRegion(doc)?.id;
    const image = context.createImageData(width, height);
    labels.forEach((id, i) => {
      const rgb = colours.get(id);
      if (!rgb) return;
      // The still area is hatched, so "keep this still" reads apart from the moving colours at a glance.
      const stripe = id === still && (((i % width) + Math.floor(i / width)) >> 3) % 2 === 0;
      image.data.set(stripe ? [rgb[0] * 0.35, rgb[1] * 0.35, rgb[2] * 0.35, 255] : [...rgb, 255], i * 4);
    });
    context.putImageData(image, 0, 0);
  }, [doc, width, height]);
  return (
    <canvas ref={ref} width={width} height={height} aria-hidden className="pointer-events-none absolute inset-0 size-full opacity-55" />
  );
};
