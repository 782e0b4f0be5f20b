import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { kinds, surfaces, TASK_ID_PATTERN, type Kind, type Surface, type TaskRef } from '../../../api/gateway-routes.ts';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { SegmentedControl } from '../../../components/segmented-control.tsx';
import { addTaskProblem, useAddTask } from '../hooks/use-add-task.ts';
import { describeError } from '../../../lib/describe-error.ts';

type AddTaskDialogProps = { onClose: () => void; onAdded: (ref: TaskRef) => void; initial?: { surface: Surface; kind: Kind } };

export const AddTaskDialog = ({ onClose, onAdded, initial }: AddTaskDialogProps) => {
  const { t } = useTranslation();
  const [surface, setSurface] = useState<Surface>(initial?.surface ?? 'unified');
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'text2video');
  const [id, setId] = useState('');
  const add = useAddTask();
  const trimmed = id.trim();
  const valid = TASK_ID_PATTERN.test(trimmed);
  const problem = add.error ? addTaskProblem(add.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || add.isPending) return;
    const ref = { surface, kind, id: trimmed };
    add.mutate(ref, { onSuccess: () => onAdded(ref) });
  };

  return (
    <Dialog labelledBy="add-task-title" onClose={onClose} className="max-w-md">
      <form onSubmit={submit} className="space-y-4 p-5">
        <h2 id="add-task-title" className="text-lg font-semibold">
          {t('gallery.add.title')}
        </h2>
        <p className="text-sm text-neutral-400">{t('gallery.add.intro')}</p>
        <SegmentedControl
          legend={t('gallery.add.surface')}
          name="add-surface"
          value={surface}
          onChange={setSurface}
          options={surfaces.map((value) => ({ value, label: t(`gallery.add.surfaces.${value}`) }))}
        />
        <SegmentedControl
          legend={t('gallery.add.kind')}
          name="add-kind"
          value={kind}
          onChange={setKind}
          options={kinds.map((value) => ({ value, label: t(`gallery.add.kinds.${value}`) }))}
        />
        <div>
          <label htmlFor="add-task-id" className="mb-1.5 block text-xs font-medium uppercase tracking-wide text-neutral-400">
            {t('gallery.add.id')}
          </label>
          <input
            id="add-task-id"
            data-autofocus
            value={id}
            onChange={(event) => setId(event.target.value)}
            aria-invalid={trimmed !== '' && !valid}
            aria-describedby="add-task-id-hint"
            autoComplete="off"
            spellCheck={false}
            className="w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono text-sm aria-invalid:border-rose-500"
          />
          <p id="add-task-id-hint" className="mt-1 text-xs text-neutral-400">
            {t('gallery.add.idHint')}
          </p>
        </div>
        {add.error ? (
          <p role="alert" className="text-sm text-rose-300">
            {problem ? t(`gallery.add.${problem}`) : describeError(t, add.error)}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('gallery.add.cancel')}
          </Button>
          {/* aria-disabled: a disabled button would drop the focus out of the dialog while it checks. */}
          <Button type="submit" variant="primary" aria-disabled={!valid || add.isPending || undefined}>
            {add.isPending ? t('gallery.add.checking') : t('gallery.add.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
};
