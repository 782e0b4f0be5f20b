import { memo } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { Button } from '../../../components/button.tsx';
import { useRecordLabel } from '../hooks/use-record-label.ts';
import { useGalleryStore } from '../stores/gallery-store.ts';
import { clipUrl, isFinished, isUncertain, recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';
import { CardPoster } from './card-poster.tsx';
import { DownloadButton } from './download-button.tsx';
import { PollProblem } from './poll-problem.tsx';
import { SetLink, type SetLinks } from './set-link.tsx';
import { StarButton } from './star-button.tsx';
import { TaskBadges } from './task-badges.tsx';
import { TaskStatus } from './task-status.tsx';
import { UncertainSubmission } from './uncertain-submission.tsx';

type TaskCardProps = { record: TaskRecord; onOpen: (ref: TaskRef) => void; setLinks?: SetLinks | undefined };

const TaskCardView = ({ record, onOpen, setLinks }: TaskCardProps) => {
  const { t } = useTranslation();
  const key = recordKey(record.ref);
  const label = useRecordLabel(record);
  const short = useRecordLabel(record, 40);
  const selected = useGalleryStore((state) => Boolean(state.selected[key]));

  return (
    <article
      aria-label={label}
      data-task-id={record.ref.id}
      className={`flex h-full flex-col overflow-hidden rounded-xl border bg-neutral-900/60 ${selected ? 'border-amber-400' : 'border-neutral-800'}`}
    >
      <CardPoster record={record} label={label} />
      <div className="flex flex-1 flex-col gap-2 p-3">
        <div className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-0.5 size-4 shrink-0 accent-amber-400"
            checked={selected}
            onChange={() => useGalleryStore.getState().toggleSelected(key)}
            aria-label={t('tasks.select', { prompt: short })}
          />
          <p
            className={`line-clamp-2 min-h-10 flex-1 text-sm leading-snug ${record.request ? 'text-neutral-200' : 'text-neutral-400 italic'}`}
            title={record.request?.prompt}
          >
            {label}
          </p>
          <StarButton record={record} label={t('tasks.star', { prompt: short })} />
        </div>
        <TaskBadges record={record} />
        {record.set && setLinks ? (
          <SetLink set={record.set} label={t('compare.openCompareFor', { prompt: short })} links={setLinks} />
        ) : null}
        {isUncertain(record) ? (
          <UncertainSubmission record={record} />
        ) : (
          <>
            <TaskStatus record={record} compact />
            {isFinished(record) ? null : <PollProblem record={record} />}
          </>
        )}
        <div className="mt-auto flex items-center justify-end gap-1 pt-1">
          {clipUrl(record) ? <DownloadButton record={record} label={t('tasks.downloadFor', { prompt: short })} compact /> : null}
          <Button
            variant="ghost"
            onClick={() => onOpen(record.ref)}
            aria-haspopup="dialog"
            aria-label={t('tasks.detailsFor', { prompt: short })}
          >
            {t('tasks.details')}
          </Button>
        </div>
      </div>
    </article>
  );
};

// Cards re-render only when their own record changes, not on every poll of another task.
export const TaskCard = memo(TaskCardView);
