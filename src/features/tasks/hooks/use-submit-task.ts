import { useMutation } from '@tanstack/react-query';
import { buildCreateCall } from '../../../api/build-create-body.ts';
import { createTask } from '../../../api/gateway-client.ts';
import type { Submission } from '../../../lib/submission.ts';
import { useTaskRecordsStore } from '../stores/task-records-store.ts';
import { isSubmissionUncertain } from '../utils/submission-uncertain.ts';

/**
 * Sends one create. Never retried: a repeated POST can charge twice. A create whose
 * fate is unknown (timeout, reset, 502/504) is kept in the history as "submission
 * uncertain", so it is not lost and the user decides what to do.
 */
export const useSubmitTask = () =>
  useMutation({
    mutationFn: ({ request, surface }: Submission) => createTask(request, surface),
    retry: false,
    onSuccess: (task, { request, set }) => {
      useTaskRecordsStore.getState().add({ ref: task.ref, request, submittedAt: Date.now(), task, starred: false, origin: 'studio', ...(set ? { set } : {}) });
    },
    onError: (error, { request, surface, set }) => {
      if (!isSubmissionUncertain(error)) return;
      const { kind } = buildCreateCall(request, surface);
      const id = `uncertain-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      useTaskRecordsStore.getState().add({ ref: { surface, kind, id }, request, submittedAt: Date.now(), task: null, starred: false, origin: 'studio', submission: 'uncertain', ...(set ? { set } : {}) });
    },
  });
