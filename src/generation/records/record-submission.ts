import { buildCreateCall } from '../../api/build-create-body.ts';
import type { Task } from '../../api/task.schema.ts';
import type { Submission } from '../submission.ts';
import { useTaskRecordsStore } from './task-records-store.ts';

/** A create the gateway answered: the task joins the history, with its comparison set if any. */
export const recordCreated = ({ request, set }: Submission, task: Task, submittedAt = Date.now()) =>
  useTaskRecordsStore
    .getState()
    .add({ ref: task.ref, request, submittedAt, task, starred: false, origin: 'studio', ...(set ? { set } : {}) });

/** A create whose fate is unknown: kept as "submission uncertain" so it is not lost, and never resent on its own. */
export const recordUncertain = ({ request, surface, set }: Submission, submittedAt = Date.now()) => {
  const { kind } = buildCreateCall(request, surface);
  const id = `uncertain-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  useTaskRecordsStore.getState().add({
    ref: { surface, kind, id },
    request,
    submittedAt,
    task: null,
    starred: false,
    origin: 'studio',
    submission: 'uncertain',
    ...(set ? { set } : {}),
  });
};
