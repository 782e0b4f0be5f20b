import { useTranslation } from '../../../lib/use-translation.ts';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { useToastStore } from '../../../components/toast-store.ts';
import { truncate } from '../../../lib/format.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';

const UNDO_MS = 10_000;

/** Deletes at once and offers Undo for a while: no confirmation dialog to click through. */
export const useDeleteWithUndo = () => {
  const { t } = useTranslation();
  return (refs: TaskRef[]) => {
    const removed = useTaskRecordsStore.getState().remove(refs);
    if (removed.length === 0) return;
    const prompt = truncate(removed[0]?.request?.prompt ?? removed[0]?.ref.id ?? '', 60);
    useToastStore.getState().show({
      message: t('gallery.deleted', { count: removed.length, prompt }),
      tone: 'info',
      durationMs: UNDO_MS,
      action: { label: t('gallery.undo'), run: () => useTaskRecordsStore.getState().upsert(removed) },
    });
  };
};
