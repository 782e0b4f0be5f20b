import { buildCreateCall } from '../../../api/build-create-body.ts';
import { droppableFields, droppedFeatures, type DroppedFeature } from '../../../api/passthrough.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

// Kling reports a clip's length a little off its whole seconds ("5.1"): a second or
// more apart is another clip than the one asked for.
const TOLERANCE_S = 1;

export type DeliveryMismatch = { kind: 'duration'; asked: number; got: number } | { kind: 'dropped'; features: DroppedFeature[] };

/**
 * A finished clip that contradicts its request: a length other than asked, or a request
 * with fields new-api drops answered by a gateway that speaks new-api's envelope
 * (docs/gateway-contract.md#passthrough-setting). Null when nothing contradicts it.
 */
export const deliveryMismatch = (record: TaskRecord): DeliveryMismatch | null => {
  const { request, task } = record;
  if (!request || task?.status !== 'succeeded') return null;
  if (task.videoSeconds !== null && Math.abs(task.videoSeconds - request.duration) >= TOLERANCE_S)
    return { kind: 'duration', asked: request.duration, got: Math.round(task.videoSeconds * 10) / 10 };
  if (task.answerShape !== 'envelope') return null;
  const { features } = droppedFeatures(droppableFields(buildCreateCall(request, record.ref.surface)));
  return features.length > 0 ? { kind: 'dropped', features } : null;
};
