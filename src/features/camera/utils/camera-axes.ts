import { cameraAxes, type CameraAxis, type CameraType } from '../../../api/contract-limits.ts';
import type { CameraConfig, CameraControl } from '../../../api/generation-request.schema.ts';

// Kling's simple move takes exactly one non-zero axis. The editor keeps that true
// as the creative works: moving one axis sets the others back to 0.

export const zeroConfig = (): CameraConfig => ({ horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 });

export const configOf = (control: CameraControl | null): CameraConfig => ({ ...zeroConfig(), ...(control?.config ?? {}) });

export const movingAxes = (control: CameraControl | null): CameraAxis[] => {
  const config = configOf(control);
  return cameraAxes.filter((axis) => config[axis] !== 0);
};

/** The simple move with `axis` at `value` and every other axis at 0, and which axes that reset. */
export const setAxis = (
  control: CameraControl | null,
  axis: CameraAxis,
  value: number,
): { control: CameraControl; reset: CameraAxis[] } => {
  const reset = movingAxes(control).filter((other) => other !== axis);
  return { control: { type: 'simple', config: { ...zeroConfig(), [axis]: value } }, reset };
};

/** Presets take no config; switching back to simple starts with nothing moving. */
export const withType = (type: CameraType | null): CameraControl | null => {
  if (type === null) return null;
  return type === 'simple' ? { type, config: zeroConfig() } : { type };
};
