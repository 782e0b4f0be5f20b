import { useGatewaySettingsStore } from '../../../generation/gateway-settings-store.ts';
import { isSubmissionUncertain } from '../../../generation/records/submission-uncertain.ts';
import type { SubmissionDraft } from '../../../generation/submission.ts';
import { useSendSubmissions } from '../../../generation/use-send-submissions.ts';
import { describeError } from '../../../lib/describe-error.ts';
import { useTranslation } from '../../../lib/use-translation.ts';

/**
 * The composer's sends, straight to the generation layer: the surface chosen in settings,
 * whether its latest send is on its way, and why it failed in plain words.
 */
export const useComposerSend = (onSent?: (count: number) => void) => {
  const { t } = useTranslation();
  const surface = useGatewaySettingsStore((state) => state.surface);
  const submit = useSendSubmissions();
  const { error } = submit;
  const errorText = error
    ? t(isSubmissionUncertain(error) ? 'compose.submitUncertain' : 'compose.submitFailed', { message: describeError(t, error) })
    : null;
  const send = (drafts: SubmissionDraft[]) => {
    submit.send(drafts, surface);
    onSent?.(drafts.length);
  };
  return { surface, send, isPending: submit.isPending, errorText };
};
