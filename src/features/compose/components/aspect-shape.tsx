import type { AspectRatio } from '../../../api/contract-limits.ts';

const boxes: Record<AspectRatio, { width: number; height: number }> = {
  '16:9': { width: 24, height: 13.5 },
  '9:16': { width: 13.5, height: 24 },
  '1:1': { width: 18, height: 18 },
};

/** The frame drawn to scale, so a creative sees the shape rather than reads a ratio. */
export const AspectShape = ({ ratio }: { ratio: AspectRatio }) => {
  const { width, height } = boxes[ratio];
  return (
    <svg width="26" height="26" viewBox="0 0 26 26" aria-hidden className="mx-auto">
      <rect
        x={(26 - width) / 2}
        y={(26 - height) / 2}
        width={width}
        height={height}
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
};
