import { useTranslation } from '../../../lib/use-translation.ts';
import { usePollProblem } from '../hooks/use-poll-problem.ts';
import { isKeyRefused } from '../../../generation/key-refused-store.ts';
import { describeError } from '../../../lib/describe-error.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

export const PollProblem = ({ record }: { record: TaskRecord }) => {
  const { t } = useTranslation();
  const problem = usePollProblem(record);
  // A refused key is said once, by the banner above the gallery, not on every card.
  if (!problem || isKeyRefused(problem.error)) return null;
  const message = describeError(t, problem.error);
  return <p className="text-xs text-amber-300">{problem.gaveUp ? t('tasks.gaveUp', { message }) : t('tasks.pollError', { message })}</p>;
};
