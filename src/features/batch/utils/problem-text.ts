import type { TFunction } from 'i18next';
import { batchColumns, type BatchProblem } from './batch-rows.ts';

/** "Row 3, duration: must be a number (it is “twenty”)" in the reader's language. */
export const problemText = (t: TFunction, problem: BatchProblem): string => {
  const message = t(problem.key as 'batch.problems.csv', { ...problem.params, defaultValue: problem.message });
  // A file's column by its own name, as the person wrote it; a draft field (an image) in the composer's words.
  const column =
    !problem.column || batchColumns.includes(problem.column)
      ? problem.column
      : t(`fields.${problem.column}` as 'fields.prompt', { defaultValue: problem.column });
  return column ? t('batch.problem', { row: problem.row, column, message }) : t('batch.problemNoColumn', { row: problem.row, message });
};
