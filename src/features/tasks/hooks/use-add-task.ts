import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error.ts';
import { getTask } from '../../../api/gateway-client.ts';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { useTaskRecordsStore, findRecord } from '../../../generation/records/task-records-store.ts';
import { recordKey } from '../../../generation/records/task-record.ts';

export class AlreadyTracked extends Error {}

/**
 * Adds a task made elsewhere (e.g. with curl): asks the gateway once that it exists,
 * then it joins the history and is polled like any other until it finishes.
 */
export const useAddTask = () =>
  useMutation({
    mutationFn: async (ref: TaskRef) => {
      if (findRecord(useTaskRecordsStore.getState().records, recordKey(ref))) throw new AlreadyTracked();
      return getTask(ref);
    },
    onSuccess: (task, ref) => {
      useTaskRecordsStore.getState().add({
        ref,
        request: null,
        submittedAt: task.createdAt ?? Date.now(),
        task: { ...task, ref },
        starred: false,
        origin: 'added',
      });
    },
  });

export const addTaskProblem = (error: unknown): 'exists' | 'notFound' | null => {
  if (error instanceof AlreadyTracked) return 'exists';
  if (error instanceof ApiError && error.kind === 'not_found') return 'notFound';
  return null;
};
