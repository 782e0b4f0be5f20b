import { defaultGenerationRequest } from '../api/generation-request.schema.ts';
import type { Task, TaskStatus } from '../api/task.schema.ts';
import type { TaskRecord } from '../generation/records/task-record.ts';

// Records for tests: a plausible task in the given state.
export const sampleRecord = (id: string, status: TaskStatus | null = 'running', submittedAt = 1_770_000_000_000): TaskRecord => {
  const ref = { surface: 'unified', kind: 'text2video', id } as const;
  const task: Task | null =
    status === null
      ? null
      : {
          ref,
          status,
          rawStatus: status,
          progress: status === 'succeeded' ? 100 : 20,
          videoUrl: status === 'succeeded' ? `https://clips.example/${id}.mp4` : null,
          videoSeconds: status === 'succeeded' ? 5 : null,
          model: 'kling-v3',
          createdAt: submittedAt,
          updatedAt: submittedAt,
          completedAt: status === 'succeeded' || status === 'failed' ? submittedAt + 60_000 : null,
          error: status === 'failed' ? { message: 'Failure to pass the risk control system', code: null } : null,
          externalTaskId: null,
        };
  return {
    ref,
    request: { ...defaultGenerationRequest(), prompt: `A clip called ${id}` },
    submittedAt,
    task,
    starred: false,
    origin: 'studio',
  };
};
