import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { cancelDownload, startDownload, useDownloadStore } from '../stores/download-store.ts';
import { formatBytes } from '../utils/format-bytes.ts';
import { recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';

type DownloadButtonProps = { record: TaskRecord; label: string; compact?: boolean };

/**
 * Downloads through the studio server, with progress; says plainly when a clip has
 * expired. One button throughout (Download, then Cancel), so keyboard focus stays put.
 */
export const DownloadButton = ({ record, label, compact = false }: DownloadButtonProps) => {
  const { t } = useTranslation();
  const state = useDownloadStore((s) => s.downloads[recordKey(record.ref)]);
  const hint = { prompt: record.request?.prompt ?? '', mode: record.request?.mode ?? null };
  const downloading = state?.phase === 'downloading';
  const progressText = !downloading
    ? ''
    : state.total
      ? t('player.downloadProgress', { loaded: formatBytes(state.loaded), total: formatBytes(state.total) })
      : t('player.downloadProgressUnknown', { loaded: formatBytes(state.loaded) });

  return (
    <div className="flex max-w-sm flex-wrap items-center gap-x-2 gap-y-1">
      <Button
        variant={compact ? 'ghost' : 'primary'}
        aria-label={downloading ? t('player.cancel') : label}
        onClick={() => (downloading ? cancelDownload(record.ref) : void startDownload(record.ref, hint))}
      >
        {downloading ? t('player.cancel') : `↓ ${t('player.download')}`}
      </Button>
      {downloading ? (
        <div className="w-32 space-y-1">
          <ProgressBar
            label={t('player.downloading')}
            value={state.total ? Math.round((state.loaded / state.total) * 100) : null}
            valueText={progressText}
          />
          <p className="truncate text-xs text-neutral-400 tabular-nums">{progressText}</p>
        </div>
      ) : null}
      {state?.phase === 'failed' ? (
        <p role="alert" className="basis-full text-xs text-rose-300">
          {t(`player.downloadProblem.${state.problem}`, { message: state.message })}
        </p>
      ) : null}
      {state?.phase === 'saved' && !compact ? (
        <p className="basis-full text-xs break-all text-emerald-300">{t('player.saved', { fileName: state.fileName })}</p>
      ) : null}
    </div>
  );
};
