import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { Surface } from '../../../api/gateway-routes.ts';
import type { GenerationRequest } from '../../../api/generation-request.ts';
import { Button } from '../../../components/button.tsx';
import { modeText } from '../../../lib/set-caption.ts';
import { modes, otherMode } from '../../../api/contract-limits.ts';
import { useDeleteWithUndo } from '../hooks/use-delete-with-undo.ts';
import { clipUrl, isFinished, type TaskRecord } from '../utils/task-record.ts';
import { DownloadButton } from './download-button.tsx';
import { SetLink, type SetLinks } from './set-link.tsx';
import { StarButton } from './star-button.tsx';

export type DetailCallbacks = {
  onRemix: (request: GenerationRequest) => void;
  onRunAgain: (request: GenerationRequest, surface: Surface) => void;
  // Sends the request in the other mode and makes the two a comparison set; settles once sent.
  onRunOtherMode?: (record: TaskRecord) => Promise<void>;
  // The record's set already holds it in the other mode: another run would pay for a clip the set has.
  hasOtherMode?: boolean;
  setLinks?: SetLinks;
};

type DetailActionsProps = DetailCallbacks & { record: TaskRecord; label: string; onDeleted: () => void };

export const DetailActions = ({ record, label, onRemix, onRunAgain, onRunOtherMode, hasOtherMode = false, setLinks, onDeleted }: DetailActionsProps) => {
  const { t } = useTranslation();
  const deleteWithUndo = useDeleteWithUndo();
  const { request } = record;
  const twinMode = otherMode(request?.mode ?? 'std');
  // A paid send: a double click must not send two (the ref holds before React re-renders).
  const sending = useRef(false);
  const [pending, setPending] = useState(false);
  const runOtherMode = () => {
    if (!onRunOtherMode || sending.current) return;
    sending.current = true;
    setPending(true);
    void onRunOtherMode(record).finally(() => {
      sending.current = false;
      setPending(false);
    });
  };
  return (
    <div role="group" aria-label={t('player.actions')} className="flex flex-wrap items-start gap-2">
      {clipUrl(record) ? (
        <div className="basis-full">
          <DownloadButton record={record} label={t('player.download')} />
        </div>
      ) : null}
      {request ? (
        <>
          <Button onClick={() => onRemix(request)} title={t('player.remixHint')}>
            {t('player.remix')}
          </Button>
          {modes.map((mode) => (
            // external_task_id is unique per account: a rerun must not repeat it.
            <Button key={mode} onClick={() => onRunAgain({ ...request, mode, externalTaskId: null }, record.ref.surface)}>
              {t('player.runAgain', { mode: modeText(mode, t) })}
            </Button>
          ))}
          {onRunOtherMode && isFinished(record) && !hasOtherMode ? (
            <Button onClick={runOtherMode} aria-disabled={pending || undefined} aria-busy={pending} title={t('compare.runOtherModeHint', { mode: modeText(twinMode, t) })}>
              ⇄ {t('compare.runOtherMode', { mode: modeText(twinMode, t) })}
            </Button>
          ) : null}
        </>
      ) : null}
      {record.set && setLinks ? <SetLink set={record.set} label={t('compare.openCompareFor', { prompt: label })} links={setLinks} /> : null}
      <StarButton record={record} label={t('tasks.star', { prompt: label })} className="py-1.5" />
      <Button
        variant="ghost"
        className="text-rose-300"
        onClick={() => {
          deleteWithUndo([record.ref]);
          onDeleted();
        }}
      >
        {t('player.delete')}
      </Button>
    </div>
  );
};
