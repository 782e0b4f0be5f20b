// Kling's own parameter limits (docs/gateway-contract.md#klings-parameter-limits).
// The gateway checks almost none of these; Kling rejects the request after the
// round trip, so the studio and the simulator both check them first.

export const PROMPT_MAX = 2500;
export const SHOT_PROMPT_MAX = 512;
export const CFG_MIN = 0;
export const CFG_MAX = 1;
export const CFG_DEFAULT = 0.5;
export const CAMERA_AXIS_MIN = -10;
export const CAMERA_AXIS_MAX = 10;
export const DYNAMIC_MASKS_MAX = 6;
export const TRAJECTORY_POINTS_MIN = 2;
export const TRAJECTORY_POINTS_MAX = 77;
export const SHOTS_MIN = 1;
export const SHOTS_MAX = 6;
export const DURATION_MIN = 1;
export const DURATION_MAX = 15;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const IMAGE_MIN_SIDE = 300;
export const IMAGE_ASPECT_MIN = 1 / 2.5;
export const IMAGE_ASPECT_MAX = 2.5;

export const aspectRatios = ['16:9', '9:16', '1:1'] as const;
export type AspectRatio = (typeof aspectRatios)[number];

export const modes = ['std', 'pro'] as const;
export type Mode = (typeof modes)[number];

/** The mode a Std vs Pro comparison pairs this one with. */
export const otherMode = (mode: Mode): Mode => (mode === 'pro' ? 'std' : 'pro');

// The unified surface takes `size` and converts it to an aspect ratio.
export const sizeForAspect: Record<AspectRatio, string> = {
  '16:9': '1920x1080',
  '9:16': '1080x1920',
  '1:1': '1024x1024',
};

export const aspectForSize = (size: string): AspectRatio | null => {
  const m = /^(\d{2,5})x(\d{2,5})$/.exec(size);
  if (!m) return null;
  const ratio = Number(m[1]) / Number(m[2]);
  if (Math.abs(ratio - 16 / 9) < 0.02) return '16:9';
  if (Math.abs(ratio - 9 / 16) < 0.02) return '9:16';
  if (Math.abs(ratio - 1) < 0.02) return '1:1';
  return null;
};

export const cameraTypes = ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'] as const;
export type CameraType = (typeof cameraTypes)[number];

export const cameraAxes = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const;
export type CameraAxis = (typeof cameraAxes)[number];
