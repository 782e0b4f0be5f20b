import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { useRecordLabel } from '../hooks/use-record-label.ts';
import { findRecord, useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { galleryHeading } from '../utils/gallery-heading.ts';
import { clipUrl, isFinished, isUncertain, type TaskRecord } from '../../../generation/records/task-record.ts';
import { CardPoster } from './card-poster.tsx';
import { type DetailCallbacks, DetailActions } from './detail-actions.tsx';
import { DetailPlayer } from './detail-player.tsx';
import { PollProblem } from './poll-problem.tsx';
import { RawJson } from './raw-json.tsx';
import { RequestParams } from './request-params.tsx';
import { TaskBadges } from './task-badges.tsx';
import { TaskStatus } from './task-status.tsx';
import { UncertainSubmission } from './uncertain-submission.tsx';

type TaskDetailDialogProps = DetailCallbacks & { taskKey: string; onClose: () => void };

const DetailTitle = ({ record }: { record: TaskRecord }) => <>{useRecordLabel(record, 120)}</>;

const Detail = ({ record, onClose, ...callbacks }: DetailCallbacks & { record: TaskRecord; onClose: () => void }) => {
  const { t } = useTranslation();
  const label = useRecordLabel(record, 300);
  const url = clipUrl(record);
  return (
    <div className="grid gap-5 p-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        {url ? <DetailPlayer src={url} label={t('tasks.videoLabel', { prompt: label })} /> : <CardPoster record={record} label={label} />}
        <TaskBadges record={record} />
        {isUncertain(record) ? (
          <UncertainSubmission record={record} />
        ) : (
          <>
            <TaskStatus record={record} />
            {isFinished(record) ? null : <PollProblem record={record} />}
          </>
        )}
        <DetailActions record={record} label={label} onDone={onClose} {...callbacks} />
        <RawJson record={record} />
      </div>
      <RequestParams record={record} />
    </div>
  );
};

/** The detail view of one task: a modal over the gallery, closed by Escape or the button. */
export const TaskDetailDialog = ({ taskKey, onClose, ...callbacks }: TaskDetailDialogProps) => {
  const { t } = useTranslation();
  const record = useTaskRecordsStore((state) => findRecord(state.records, taskKey));
  const hydrated = useTaskRecordsStore((state) => state.hydrated);
  if (!record && !hydrated) return null;
  return (
    <Dialog labelledBy="task-detail-title" onClose={onClose} fallbackFocus={galleryHeading} className="max-w-6xl">
      <header className="sticky top-0 z-10 flex items-start gap-3 border-b border-neutral-800 bg-neutral-950 px-5 py-3">
        <h2 id="task-detail-title" className="min-w-0 flex-1 text-base font-semibold leading-snug">
          {record ? <DetailTitle record={record} /> : t('player.notInHistory')}
        </h2>
        <Button variant="ghost" onClick={onClose} aria-label={t('player.close')}>
          ✕
        </Button>
      </header>
      {record ? <Detail record={record} onClose={onClose} {...callbacks} /> : null}
    </Dialog>
  );
};
