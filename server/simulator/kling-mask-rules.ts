import { base64Size, imageProblem } from './kling-image-rules.ts';
import { klingLimits as L } from './kling-limits.ts';
import type { KlingPayload } from './kling-payload.ts';
import type { Say } from './kling-rules.ts';

// Kling's motion-brush rules: each mask an image Kling takes, at most six moving ones
// with 2–77 whole-pixel points each, every mask at the first frame's shape and all of
// one resolution, every path on the first frame (sizes known only for Base64).

// "Same aspect ratio" between whole-pixel sizes: a mask scaled from the frame may be off by a rounding.
const MASK_ASPECT_TOLERANCE = 0.01;

export const checkMasks = (say: Say, p: KlingPayload) => {
  const dynamic = p.dynamic_masks ?? [];
  if (p.static_mask) {
    const problem = imageProblem('static_mask', p.static_mask);
    if (problem) say(problem);
  }
  if (dynamic.length > L.dynamicMasksMax) say(`dynamic_masks takes at most ${L.dynamicMasksMax} entries (it has ${dynamic.length})`);
  dynamic.forEach((entry, i) => {
    const problem = entry.mask ? imageProblem(`dynamic_masks[${i}].mask`, entry.mask) : `dynamic_masks[${i}].mask is required`;
    if (problem) say(problem);
    const points = entry.trajectories ?? [];
    if (points.length < L.trajectoryPointsMin || points.length > L.trajectoryPointsMax)
      say(`dynamic_masks[${i}].trajectories needs ${L.trajectoryPointsMin} to ${L.trajectoryPointsMax} points (it has ${points.length})`);
    if (points.some((point) => !Number.isInteger(point.x) || !Number.isInteger(point.y)))
      say(`dynamic_masks[${i}].trajectories must use whole-pixel coordinates`);
  });

  const frame = base64Size(p.image);
  const masks = [
    { wire: 'static_mask', size: base64Size(p.static_mask) },
    ...dynamic.map((entry, i) => ({ wire: `dynamic_masks[${i}].mask`, size: base64Size(entry.mask) })),
  ].flatMap(({ wire, size }) => (size ? [{ wire, ...size }] : []));
  for (const mask of masks) {
    if (frame && Math.abs(mask.width / mask.height / (frame.width / frame.height) - 1) > MASK_ASPECT_TOLERANCE)
      say(
        `${mask.wire} must have the first frame's aspect ratio (it is ${mask.width}x${mask.height}, the first frame ${frame.width}x${frame.height})`,
      );
  }
  const [first, ...others] = masks;
  for (const mask of others) {
    if (first && (mask.width !== first.width || mask.height !== first.height))
      say(
        `${mask.wire} must share one resolution with the other masks (it is ${mask.width}x${mask.height}, ${first.wire} is ${first.width}x${first.height})`,
      );
  }
  if (!frame) return;
  dynamic.forEach((entry, i) => {
    if ((entry.trajectories ?? []).some((pt) => pt.x < 0 || pt.y < 0 || pt.x > frame.width || pt.y > frame.height))
      say(`dynamic_masks[${i}].trajectories must lie inside the first frame (0 to ${frame.width} by 0 to ${frame.height} px)`);
  });
};
