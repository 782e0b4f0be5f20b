import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useResend } from '../../../generation/use-resend.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';
import { AddTaskDialog } from './add-task-dialog.tsx';

/**
 * A create that may or may not have reached the gateway. Never resent on its own
 * (that could charge twice): the user either finds it by id, or resends knowingly,
 * through the queue like any create. This entry stays until the gateway has answered
 * the resend, and offers its choices again if the resend is refused.
 */
export const UncertainSubmission = ({ record }: { record: TaskRecord }) => {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'find' | 'confirm'>('idle');
  const forget = () => useTaskRecordsStore.getState().remove([record.ref]);
  const request = record.request;
  // In the same comparison set, in the same place: the new task stands in for this one.
  const resend = useResend(
    request ? { request, surface: record.ref.surface, replaces: record.ref, ...(record.set ? { set: record.set } : {}) } : null,
  );
  const waitingNote = useRef<HTMLParagraphElement>(null);
  const justSent = useRef(false);
  const waiting = resend?.waiting ?? false;

  // The confirm buttons are gone once it is sent: focus moves to the note that replaced them.
  useEffect(() => {
    if (waiting && justSent.current) waitingNote.current?.focus();
    justSent.current = false;
  }, [waiting]);

  const resubmit = () => {
    justSent.current = true;
    resend?.send();
    setStep('idle');
  };

  return (
    <div className="space-y-2 text-sm">
      <p className="flex items-center gap-2 font-medium text-fuchsia-200">
        <span className="size-2 shrink-0 rounded-full bg-fuchsia-400" aria-hidden />
        {t('tasks.uncertain.title')}
      </p>
      <p className="text-xs text-neutral-400">{t('tasks.uncertain.body')}</p>
      {waiting ? (
        <p ref={waitingNote} tabIndex={-1} role="status" className="rounded-lg border border-neutral-700 p-2 text-xs text-neutral-300">
          {t('tasks.uncertain.resent')}
        </p>
      ) : step === 'confirm' ? (
        <div role="group" aria-label={t('tasks.uncertain.resubmit')} className="space-y-2 rounded-lg border border-amber-400/40 p-2">
          <p className="text-xs text-amber-200">{t('tasks.uncertain.chargeTwice')}</p>
          <div className="flex justify-end gap-1">
            <Button variant="ghost" className="text-xs" onClick={() => setStep('idle')}>
              {t('tasks.uncertain.cancel')}
            </Button>
            <Button variant="primary" className="text-xs" onClick={resubmit}>
              {t('tasks.uncertain.confirm')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-1">
          <Button variant="ghost" className="text-xs" onClick={() => setStep('find')} aria-haspopup="dialog">
            {t('tasks.uncertain.find')}
          </Button>
          {resend ? (
            <Button variant="ghost" className="text-xs" onClick={() => setStep('confirm')}>
              {t('tasks.uncertain.resubmit')}
            </Button>
          ) : null}
        </div>
      )}
      {step === 'find' ? (
        <AddTaskDialog
          initial={{ surface: record.ref.surface, kind: record.ref.kind }}
          onClose={() => setStep('idle')}
          onAdded={() => {
            setStep('idle');
            forget();
          }}
        />
      ) : null}
    </div>
  );
};
