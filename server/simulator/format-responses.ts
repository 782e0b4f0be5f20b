import { randomUUID } from 'node:crypto';
import type { SimTask } from './sim-task-store.ts';
import type { ClockState, ClockStatus } from './task-clock.ts';

// The task in each documented response shape (CONTRACT.md): the unified task
// object, Kling's envelope, and the gateway's own envelope around Kling's.

export const MODERATION_FAILURE = 'Failure to pass the risk control system';
const RENDER_FAILURE = 'internal error: the video could not be rendered';

const unifiedStatus: Record<ClockStatus, string> = {
  queued: 'queued',
  generating: 'in_progress',
  unknown: 'unknown',
  succeeded: 'completed',
  failed: 'failed',
};
const klingStatus: Record<ClockStatus, string> = {
  queued: 'submitted',
  generating: 'processing',
  unknown: 'unknown',
  succeeded: 'succeed',
  failed: 'failed',
};
const envelopeStatus: Record<ClockStatus, string> = {
  queued: 'QUEUED',
  generating: 'IN_PROGRESS',
  unknown: 'UNKNOWN',
  succeeded: 'SUCCESS',
  failed: 'FAILURE',
};

const seconds = (ms: number) => Math.floor(ms / 1000);
const isTerminal = (state: ClockState) => state.status === 'succeeded' || state.status === 'failed';
export const failReason = (state: ClockState) => (state.failure === 'render' ? RENDER_FAILURE : MODERATION_FAILURE);

export const unifiedCreated = (task: SimTask) => ({
  id: task.id,
  task_id: task.id,
  object: 'video',
  model: task.request.model,
  status: 'queued',
  progress: 0,
  created_at: seconds(task.createdAt),
});

export const unifiedTask = (task: SimTask, state: ClockState, clipUrl: string | null) => ({
  ...unifiedCreated(task),
  status: unifiedStatus[state.status],
  progress: state.progress,
  seconds: String(task.request.duration),
  ...(isTerminal(state) ? { completed_at: seconds(task.createdAt + state.sinceMs) } : {}),
  ...(state.status === 'succeeded' && clipUrl ? { metadata: { url: clipUrl } } : {}),
  ...(state.status === 'failed' ? { fail_reason: failReason(state), error: { message: failReason(state), code: 'task_failed' } } : {}),
});

const klingData = (task: SimTask, state: ClockState, clipUrl: string | null, videoSeconds: string) => ({
  task_id: task.upstreamId,
  task_status: klingStatus[state.status],
  ...(state.status === 'failed' ? { task_status_msg: failReason(state) } : {}),
  task_info: task.request.externalTaskId ? { external_task_id: task.request.externalTaskId } : {},
  created_at: task.createdAt,
  // Kling counts whole milliseconds; the clock's offsets are fractions of them.
  updated_at: Math.floor(task.createdAt + state.sinceMs),
  ...(state.status === 'succeeded' && clipUrl
    ? { task_result: { videos: [{ id: task.videoId, url: clipUrl, duration: videoSeconds }] } }
    : {}),
});

export const klingEnvelope = (task: SimTask, state: ClockState, clipUrl: string | null, videoSeconds = String(task.request.duration)) => ({
  code: 0,
  message: 'SUCCEED',
  request_id: randomUUID(),
  data: klingData(task, state, clipUrl, videoSeconds),
});

const QUEUED_AT_CREATE: ClockState = { status: 'queued', progress: 0, sinceMs: 0, failure: null };
export const klingCreated = (task: SimTask) => klingEnvelope(task, QUEUED_AT_CREATE, null);

export const gatewayEnvelope = (task: SimTask, state: ClockState, clipUrl: string | null) => ({
  code: 'success',
  message: '',
  data: {
    task_id: task.id,
    platform: 'kling',
    action: task.kind === 'image2video' ? 'generate' : 'textGenerate',
    status: envelopeStatus[state.status],
    progress: `${state.progress}%`,
    fail_reason: state.status === 'failed' ? failReason(state) : '',
    result_url: state.status === 'succeeded' && clipUrl ? clipUrl : '',
    submit_time: seconds(task.createdAt),
    start_time: state.status === 'queued' ? 0 : seconds(task.createdAt + task.plan.queuedMs),
    finish_time: isTerminal(state) ? seconds(task.createdAt + state.sinceMs) : 0,
    data: klingEnvelope(task, state, clipUrl),
  },
});
