import { useTranslation } from '../../../lib/use-translation.ts';
import type { BatchProblem } from '../utils/batch-rows.ts';
import { problemText } from '../utils/problem-text.ts';

export const BATCH_PROBLEMS_ID = 'batch-problems';

/** Every problem, row by row, before anything is sent. */
export const BatchProblems = ({ problems }: { problems: BatchProblem[] }) => {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div
      id={BATCH_PROBLEMS_ID}
      role="alert"
      className="space-y-1 rounded-lg border border-rose-500/40 bg-rose-950/30 p-3 text-sm text-rose-200"
    >
      <p className="font-medium">{t('batch.problemsHeading', { count: problems.length })}</p>
      <ul className="max-h-40 list-disc space-y-0.5 overflow-y-auto pl-5 text-xs">
        {problems.map((problem, index) => (
          <li key={`${problem.row}-${problem.column}-${problem.key}-${index}`}>{problemText(t, problem)}</li>
        ))}
      </ul>
    </div>
  );
};
