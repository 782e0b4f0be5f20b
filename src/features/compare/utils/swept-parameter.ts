import { cameraAxes, type CameraAxis } from '../../../api/contract-limits.ts';

// A sweep stores the field it varies as a path: "cfgScale", or "cameraControl.config.zoom"
// for one camera axis. The header names it in words, so the path is read back here.
export type SweptParameter = { axis: CameraAxis } | { field: string };

export const sweptParameter = (parameter: string): SweptParameter => {
  const axis = /^cameraControl\.config\.(\w+)$/.exec(parameter)?.[1];
  return axis && (cameraAxes as readonly string[]).includes(axis) ? { axis: axis as CameraAxis } : { field: parameter };
};
