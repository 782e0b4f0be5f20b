import { useTranslation } from '../../../lib/use-translation.ts';
import { useToastStore } from '../../../components/toast-store.ts';
import { saveBlob } from '../api/fetch-clip.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { historyFileName, planImport, readHistoryFile, toHistoryFile } from '../../../generation/records/history-file.ts';

/** Export the whole history as JSON, and merge one back in. */
export const useHistoryTransfer = () => {
  const { t } = useTranslation();
  const toast = useToastStore.getState().show;

  const exportHistory = () => {
    const { records } = useTaskRecordsStore.getState();
    saveBlob(new Blob([toHistoryFile(records)], { type: 'application/json' }), historyFileName());
  };

  const importHistory = async (file: File) => {
    const read = readHistoryFile(await file.text());
    if (!read.ok) {
      toast({ message: t(`gallery.importFailed.${read.reason}`), tone: 'error' });
      return;
    }
    const store = useTaskRecordsStore.getState();
    const plan = planImport(store.records, read.records);
    store.upsert(plan.upsert);
    const unreadable = read.unreadable > 0 ? t('gallery.importUnreadable', { count: read.unreadable }) : '';
    toast({ message: t('gallery.imported', plan) + unreadable, tone: read.unreadable > 0 ? 'error' : 'success' });
  };

  return { exportHistory, importHistory };
};
