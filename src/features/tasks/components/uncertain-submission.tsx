import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useResend } from '../hooks/resend-context.ts';
import { useTaskRecordsStore } from '../stores/task-records-store.ts';
import type { TaskRecord } from '../utils/task-record.ts';
import { AddTaskDialog } from './add-task-dialog.tsx';

/**
 * A create that may or may not have reached the gateway. Never resent on its own
 * (that could charge twice): the user either finds it by id, or resends knowingly,
 * through the queue like any create. The queue then owns it (and shows a refusal), so
 * this entry goes.
 */
export const UncertainSubmission = ({ record }: { record: TaskRecord }) => {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'find' | 'confirm'>('idle');
  const resend = useResend();
  const forget = () => useTaskRecordsStore.getState().remove([record.ref]);
  const request = record.request;

  const resubmit = () => {
    if (!request || !resend) return;
    // In the same comparison set, in the same place: the new task stands in for this one.
    resend({ request, surface: record.ref.surface, ...(record.set ? { set: record.set } : {}) });
    forget();
  };

  return (
    <div className="space-y-2 text-sm">
      <p className="flex items-center gap-2 font-medium text-fuchsia-200">
        <span className="size-2 shrink-0 rounded-full bg-fuchsia-400" aria-hidden />
        {t('tasks.uncertain.title')}
      </p>
      <p className="text-xs text-neutral-400">{t('tasks.uncertain.body')}</p>
      {step === 'confirm' ? (
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
          {request && resend ? (
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
