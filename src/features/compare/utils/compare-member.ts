import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import type { TaskStatus } from '../../../api/task.schema.ts';
import type { SetMembership } from '../../../generation/sets/comparison-set.ts';

/**
 * One member of a comparison set as the compare view needs it. The app layer builds
 * these from the task history, so this feature never reads the tasks feature.
 */
export type CompareMember = {
  key: string;
  set: SetMembership;
  // null for a task added by id: its request was never seen.
  request: GenerationRequest | null;
  status: TaskStatus | 'uncertain';
  progress: number | null;
  error: string | null;
  // Where the clip plays from, once it finished well.
  clipUrl: string | null;
  // The studio's download route for this clip: its Content-Length is the file size.
  sizeUrl: string | null;
  // When the gateway took the task (its createdAt, the clock completedAt is on), else when the studio sent it.
  submittedAt: number;
  completedAt: number | null;
};
