import { useMutation } from '@tanstack/react-query';
import { createTask } from '../../../api/gateway-client.ts';
import type { Surface } from '../../../api/gateway-routes.ts';
import type { GenerationRequest } from '../../../api/generation-request.ts';
import { useTaskRecordsStore } from '../stores/task-records-store.ts';

type Submission = { request: GenerationRequest; surface: Surface };

/** Sends one create. Never retried: a repeated POST can charge twice. */
export const useSubmitTask = () =>
  useMutation({
    mutationFn: ({ request, surface }: Submission) => createTask(request, surface),
    retry: false,
    onSuccess: (task, { request }) => {
      useTaskRecordsStore.getState().add({ ref: task.ref, request, submittedAt: Date.now(), task, starred: false, origin: 'studio' });
    },
  });
