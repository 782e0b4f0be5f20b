import { failReason, klingCreated, klingEnvelope } from './format-responses.ts';
import type { NewApiView } from './new-api-task-view.ts';
import type { SimTask } from './sim-task-store.ts';

// new-api's success answers on both surfaces (REAL-GATEWAYS.md): the OpenAI-style
// video object for a create, its task row around Kling's raw answer for a query.

const seconds = (ms: number) => Math.floor(ms / 1000);
const originModel = (task: SimTask) => task.gateway?.originModel ?? task.request.model;

export const newApiCreated = (task: SimTask) => ({
  id: task.id,
  task_id: task.id,
  object: 'video',
  model: originModel(task),
  status: 'queued',
  progress: 0,
  created_at: seconds(task.createdAt),
});

// A rendered clip runs a little past its whole seconds, and Kling says so: "5.1".
const videoSeconds = (task: SimTask) => (task.request.duration + 0.1).toFixed(1);

// Illustrative pre-charged quota: per second of video, more for pro.
const quotaOf = (task: SimTask) => Math.round(task.request.duration * (task.request.mode === 'pro' ? 70_000 : 50_000));

export const newApiEnvelope = (task: SimTask, view: NewApiView, clipUrl: string | null) => {
  const { kling } = view;
  const reason = kling?.status === 'failed' ? failReason(kling) : '';
  // The field that holds the clip on SUCCESS holds the failure text on FAILURE.
  const resultUrl = view.status === 'SUCCESS' ? clipUrl : reason || null;
  const at = (offsetMs: number | null) => (offsetMs === null ? 0 : seconds(task.createdAt + offsetMs));
  return {
    code: 'success',
    message: '',
    data: {
      id: task.gateway?.rowId ?? 0,
      created_at: seconds(task.createdAt),
      updated_at: at(view.updatedMs),
      task_id: task.id,
      platform: '50',
      user_id: 1,
      group: 'default',
      channel_id: 3,
      quota: quotaOf(task),
      action: task.kind === 'image2video' ? 'generate' : 'textGenerate',
      status: view.status,
      fail_reason: reason,
      submit_time: seconds(task.createdAt),
      start_time: at(view.startMs),
      finish_time: at(view.finishMs),
      progress: view.progress,
      properties: { input: '', upstream_model_name: originModel(task), origin_model_name: originModel(task) },
      ...(resultUrl ? { result_url: resultUrl } : {}),
      // Until the first poll new-api holds Kling's answer to the create.
      data: kling ? klingEnvelope(task, kling, clipUrl, videoSeconds(task)) : klingCreated(task),
    },
  };
};
