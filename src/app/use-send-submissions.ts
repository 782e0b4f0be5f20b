import type { Surface } from '../api/gateway-routes.ts';
import type { SubmissionDraft } from '../lib/submission.ts';
import { useSettingsStore } from '../features/settings/stores/settings-store.ts';
import { useSubmitTask } from '../features/tasks/hooks/use-submit-task.ts';

/**
 * The one way anything in the studio asks for tasks to be created. New work goes to the
 * surface chosen in settings; a rerun of a task passes the surface that task used.
 */
export const useSendSubmissions = () => {
  const surface = useSettingsStore((state) => state.surface);
  const submit = useSubmitTask();
  const send = (submissions: SubmissionDraft[], to: Surface = surface) => {
    for (const submission of submissions) submit.mutate({ ...submission, surface: to });
  };
  return { send, isPending: submit.isPending, error: submit.error };
};
