import { useTranslation } from '../../../lib/use-translation.ts';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { formatElapsed, secondsIn } from '../../../lib/format.ts';
import { useNow } from '../hooks/use-now.ts';
import { elapsedMs, estimate } from '../utils/elapsed.ts';
import { failureKind } from '../utils/explain-failure.ts';
import { isFinished, type TaskRecord } from '../../../generation/records/task-record.ts';
import { DeliveryFlag } from './delivery-flag.tsx';
import { currentRunTimeEstimate } from '../../../generation/polling/current-run-time.ts';
import { typicalDurationMs } from '../../../generation/polling/typical-duration.ts';

const statusColour = {
  queued: 'bg-sky-400',
  running: 'bg-amber-400',
  succeeded: 'bg-emerald-400',
  failed: 'bg-rose-500',
  unknown: 'bg-fuchsia-400',
} as const;

export const TaskStatus = ({ record, compact = false }: { record: TaskRecord; compact?: boolean }) => {
  const { t } = useTranslation();
  const task = record.task;
  const status = task?.status ?? 'queued';
  const active = !isFinished(record);
  const now = useNow(active);
  const elapsed = elapsedMs(record, now);
  const label = status === 'unknown' ? t('tasks.status.unknown', { word: task?.rawStatus ?? '' }) : t(`tasks.status.${status}`);
  // Read each second while running (useNow): cheap, the samples are kept until the history changes.
  const learned = active ? currentRunTimeEstimate(record) : null;
  const guess = estimate(learned?.usualMs ?? typicalDurationMs(record.request?.mode ?? 'std'), elapsed, task?.progress ?? null);
  const seconds = secondsIn(t);
  const range = { low: formatElapsed(guess.low, seconds), high: formatElapsed(guess.high, seconds) };
  const usually =
    learned?.basis === 'history'
      ? t('tasks.estimateLearned', { ...range, mode: learned.kind.mode, duration: learned.kind.duration, count: learned.count })
      : t('tasks.estimate', range);
  const time = formatElapsed(elapsed, seconds);
  const outlook =
    status === 'queued'
      ? t('tasks.queuedHint')
      : guess.overdue
        ? t('tasks.overdue')
        : guess.remainingMs === null
          ? t('tasks.finishing')
          : t('tasks.remaining', { time: formatElapsed(guess.remainingMs, seconds) });

  return (
    <div className="space-y-1.5">
      <p className="flex flex-wrap items-center gap-x-2 text-sm">
        <span className={`size-2 shrink-0 rounded-full ${statusColour[status]} ${active ? 'animate-pulse' : ''}`} aria-hidden />
        <span className="font-medium">{label}</span>
        <span className="text-neutral-400 tabular-nums">
          {active ? t('tasks.elapsed', { elapsed: time }) : status === 'succeeded' ? t('tasks.finishedIn', { elapsed: time }) : null}
        </span>
      </p>
      {active ? (
        <>
          <ProgressBar
            label={t('tasks.progress')}
            value={Math.round(guess.fraction * 100)}
            valueText={`${label}, ${t('tasks.elapsed', { elapsed: time })}, ${outlook}`}
          />
          <p className="line-clamp-2 text-xs text-neutral-400">
            {status === 'unknown' ? t('tasks.unknownHint') : `${outlook} · ${usually}`}
          </p>
        </>
      ) : null}
      {status === 'succeeded' ? <DeliveryFlag record={record} /> : null}
      {status === 'failed' ? (
        <div className="text-sm">
          <p className={`text-rose-300 ${compact ? 'line-clamp-2' : ''}`}>{t(`tasks.failure.${failureKind(task?.error?.message)}`)}</p>
          {task?.error ? (
            <p className={`text-xs text-neutral-400 ${compact ? 'truncate' : ''}`}>
              {t('tasks.gatewaySaid', { message: task.error.message })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
};
