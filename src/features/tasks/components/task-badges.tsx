import { useTranslation } from '../../../lib/use-translation.ts';
import { generationKind } from '../utils/filter-records.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

const chip = 'rounded bg-neutral-800 px-1.5 py-0.5';

export const TaskBadges = ({ record }: { record: TaskRecord }) => {
  const { t } = useTranslation();
  const { request, task } = record;
  const seconds = request?.duration ?? task?.videoSeconds ?? null;
  return (
    <p className="flex flex-wrap gap-1.5 text-xs text-neutral-400">
      {request ? (
        <span
          className={`rounded px-1.5 py-0.5 font-semibold uppercase ${request.mode === 'pro' ? 'bg-amber-400/20 text-amber-300' : 'bg-sky-400/15 text-sky-300'}`}
        >
          {request.mode}
        </span>
      ) : null}
      {seconds !== null ? <span className={chip}>{t('tasks.seconds', { count: seconds })}</span> : null}
      {request ? <span className={chip}>{request.aspectRatio}</span> : null}
      <span className={chip}>{t(`tasks.kind.${generationKind(record)}`)}</span>
      <span className={`${chip} max-w-32 truncate`}>{request?.model ?? task?.model ?? record.ref.surface}</span>
    </p>
  );
};
