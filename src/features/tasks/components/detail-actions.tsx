import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { Button } from '../../../components/button.tsx';
import { modeText } from '../../../generation/sets/set-caption.ts';
import { modes, otherMode } from '../../../api/contract-limits.ts';
import { useDeleteWithUndo } from '../hooks/use-delete-with-undo.ts';
import { clipUrl, isFinished, type TaskRecord } from '../../../generation/records/task-record.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { send } from '../../../generation/send.ts';
import { hasOtherModeTwin } from '../../../generation/sets/other-mode.ts';
import { DownloadButton } from './download-button.tsx';
import { SetLink, type SetLinks } from './set-link.tsx';
import { StarButton } from './star-button.tsx';

export type DetailCallbacks = {
  onRemix: (request: GenerationRequest) => void;
  setLinks?: SetLinks;
};

// Closes the detail: after Run again, or after Delete.
type DetailActionsProps = DetailCallbacks & { record: TaskRecord; label: string; onDone: () => void };

export const DetailActions = ({ record, label, onRemix, setLinks, onDone }: DetailActionsProps) => {
  const { t } = useTranslation();
  const deleteWithUndo = useDeleteWithUndo();
  // The record's set already holds it in the other mode: another run would pay for a clip the set has.
  const hasOtherMode = useTaskRecordsStore((state) => hasOtherModeTwin(record, state.records));
  const { request } = record;
  const twinMode = otherMode(request?.mode ?? 'std');
  // A paid send: a double click must not send two (the ref holds before React re-renders).
  const sending = useRef(false);
  const [pending, setPending] = useState(false);
  // Sends the request in the other mode and makes the two a comparison set, then opens it:
  // the pair is what the person wants to see next. Loaded when pressed.
  const runOtherMode = () => {
    if (!setLinks || sending.current) return;
    sending.current = true;
    setPending(true);
    void import('../../../generation/sets/run-other-mode.ts')
      .then((run) => {
        const setId = run.runOtherMode(record);
        if (setId) setLinks.open(setId);
      })
      .finally(() => {
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
            <Button
              key={mode}
              onClick={() => {
                send([{ request: { ...request, mode, externalTaskId: null } }], record.ref.surface);
                onDone();
              }}
            >
              {t('player.runAgain', { mode: modeText(mode, t) })}
            </Button>
          ))}
          {setLinks && isFinished(record) && !hasOtherMode ? (
            <Button
              onClick={runOtherMode}
              aria-disabled={pending || undefined}
              aria-busy={pending}
              title={t('compare.runOtherModeHint', { mode: modeText(twinMode, t) })}
            >
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
          onDone();
        }}
      >
        {t('player.delete')}
      </Button>
    </div>
  );
};
