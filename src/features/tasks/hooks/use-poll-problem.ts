import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error.ts';
import { taskQueryOptions } from '../../../generation/polling/task-query-options.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

/**
 * Why the latest poll of this task failed, if it did. Only watches: the one query
 * that polls is mounted by TaskPollers, whichever cards are on screen.
 */
export const usePollProblem = (record: TaskRecord) => {
  const query = useQuery({ ...taskQueryOptions(record.ref, record.submittedAt), enabled: false });
  const error = query.failureReason ?? query.error;
  if (!error) return null;
  return { error, gaveUp: query.status === 'error' && !query.isFetching && error instanceof ApiError && error.kind === 'not_found' };
};
