import { useTranslation } from '../../../lib/use-translation.ts';
import { truncate } from '../../../lib/format.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

/** The words a card and its controls are named by: the prompt, or the id when it is not known. */
export const useRecordLabel = (record: TaskRecord, max = 140): string => {
  const { t } = useTranslation();
  const prompt = record.request?.prompt.trim();
  return prompt ? truncate(prompt, max) : `${t('tasks.addedById')} · ${record.ref.id}`;
};
