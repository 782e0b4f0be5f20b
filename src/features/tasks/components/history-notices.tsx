import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';

/** Rows that failed validation on load, and storage that failed: said once, plainly. */
export const HistoryNotices = () => {
  const { t } = useTranslation();
  const setAside = useTaskRecordsStore((state) => state.setAside);
  const problem = useTaskRecordsStore((state) => state.problem);
  if (setAside.length === 0 && !problem) return null;
  return (
    <div role="alert" className="space-y-1 rounded-xl border border-amber-400/40 bg-amber-400/10 p-3 text-sm text-amber-100">
      {setAside.length > 0 ? <p>{t('gallery.setAside', { count: setAside.length })}</p> : null}
      {problem ? <p>{t('gallery.problem', { problem })}</p> : null}
      <Button
        variant="ghost"
        className="text-xs"
        onClick={() => {
          const store = useTaskRecordsStore.getState();
          store.dismissSetAside();
          store.reportProblem(null);
        }}
      >
        {t('gallery.dismiss')}
      </Button>
    </div>
  );
};
