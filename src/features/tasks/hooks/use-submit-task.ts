import { useMutation } from '@tanstack/react-query';
import { buildCreateCall } from '../../../api/build-create-body.ts';
import { createTask } from '../../../api/gateway-client.ts';
import type { Task } from '../../../api/task.ts';
import type { Submission } from '../../../lib/submission.ts';
import { useTaskRecordsStore } from '../stores/task-records-store.ts';
import { isSubmissionUncertain } from '../utils/submission-uncertain.ts';

/** A create the gateway answered: the task joins the history, with its comparison set if any. */
export const recordCreated = ({ request, set }: Submission, task: Task, submittedAt = Date.now()) =>
  useTaskRecordsStore.getState().add({ ref: task.ref, request, submittedAt, task, starred: false, origin: 'studio', ...(set ? { set } : {}) });

/** A create whose fate is unknown: kept as "submission uncertain" so it is not lost, and never resent on its own. */
export const recordUncertain = ({ request, surface, set }: Submission, submittedAt = Date.now()) => {
  const { kind } = buildCreateCall(request, surface);
  const id = `uncertain-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  useTaskRecordsStore.getState().add({ ref: { surface, kind, id }, request, submittedAt, task: null, starred: false, origin: 'studio', submission: 'uncertain', ...(set ? { set } : {}) });
};

/**
 * Sends one create at once, outside the studio's queue: only for a person's explicit
 * "resubmit knowingly". Never retried: a repeated POST can charge twice. A create whose
 * fate is unknown (timeout, reset, 502/504) is kept in the history as "submission
 * uncertain", so it is not lost and the user decides what to do.
 */
export const useSubmitTask = () =>
  useMutation({
    mutationFn: ({ request, surface }: Submission) => createTask(request, surface),
    retry: false,
    onSuccess: (task, submission) => recordCreated(submission, task),
    onError: (error, submission) => {
      if (isSubmissionUncertain(error)) recordUncertain(submission);
    },
  });
