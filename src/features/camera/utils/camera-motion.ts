import type { CameraControl } from '../../../api/generation-request.schema.ts';
import { configOf } from './camera-axes.ts';

// How the preview shows a move: the camera goes one way, so the scene seen through
// it goes the other. Degrees and percentages per unit are chosen to read well in a
// small box, not to match Kling's render exactly.

export type Motion = { from: string; to: string };

const STILL = 'translate(0%, 0%) rotateX(0deg) rotateY(0deg) rotate(0deg) scale(1)';

const transform = ({
  x = 0,
  y = 0,
  rx = 0,
  ry = 0,
  r = 0,
  s = 1,
}: {
  x?: number;
  y?: number;
  rx?: number;
  ry?: number;
  r?: number;
  s?: number;
}) => `translate(${x}%, ${y}%) rotateX(${rx}deg) rotateY(${ry}deg) rotate(${r}deg) scale(${s})`;

const presets = {
  down_back: transform({ y: -10, s: 0.75 }),
  forward_up: transform({ y: 10, s: 1.35 }),
  right_turn_forward: transform({ x: -10, ry: -18, s: 1.25 }),
  left_turn_forward: transform({ x: 10, ry: 18, s: 1.25 }),
} as const;

export const cameraMotion = (control: CameraControl | null): Motion => {
  if (!control) return { from: STILL, to: STILL };
  if (control.type !== 'simple') return { from: STILL, to: presets[control.type] };
  const c = configOf(control);
  return {
    from: STILL,
    to: transform({
      x: -c.horizontal * 2.5 - c.pan * 1.5,
      y: c.vertical * 2.5 + c.tilt * 1.5,
      ry: -c.pan * 2.5,
      rx: -c.tilt * 2.5,
      r: -c.roll * 3,
      s: 1 - c.zoom * 0.05,
    }),
  };
};
