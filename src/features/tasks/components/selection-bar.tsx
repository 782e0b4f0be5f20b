import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { zipDownloadPath, ZIP_MAX } from '../../../api/download-urls.ts';
import { useDeleteWithUndo } from '../hooks/use-delete-with-undo.ts';
import { useGalleryStore } from '../stores/gallery-store.ts';
import { alreadyInSets, pickedSet, PICKED_MAX, wholeSetOf } from '../../../generation/sets/picked-set.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { clipUrl, recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';
import { CompareMovesDialog } from './compare-moves-dialog.tsx';
import type { SetLinks } from './set-link.tsx';

/** What to do with the ticked cards: one streamed zip (a plain link), compare them side by side, or delete. */
export const SelectionBar = ({ records, setLinks }: { records: TaskRecord[]; setLinks?: SetLinks }) => {
  const { t } = useTranslation();
  const selectedKeys = useGalleryStore((state) => state.selected);
  const deleteWithUndo = useDeleteWithUndo();
  const [askingToMove, setAskingToMove] = useState(0);
  const selected = records.filter((record) => selectedKeys[recordKey(record.ref)]);
  if (selected.length === 0) return null;
  const ready = selected.filter((record) => clipUrl(record) !== null);
  const tooMany = ready.length > ZIP_MAX;
  const picked = setLinks ? pickedSet(selected) : null;
  // The picked clips become one comparison set (leaving any set they were in) and open side by side.
  const compare = () => {
    if (!picked || !setLinks) return;
    const existing = wholeSetOf(selected, records);
    if (existing) {
      useGalleryStore.getState().clearSelection();
      setLinks.open(existing);
      return;
    }
    // Moving a clip out of its set changes that comparison too: ask before doing it.
    const moving = alreadyInSets(selected);
    if (moving > 0) setAskingToMove(moving);
    else compareAsNewSet();
  };
  const compareAsNewSet = () => {
    if (!picked || !setLinks) return;
    setAskingToMove(0);
    const { assignSet } = useTaskRecordsStore.getState();
    for (const { record, set } of picked) assignSet(record.ref, set);
    useGalleryStore.getState().clearSelection();
    setLinks.open(picked[0]!.set.id);
  };
  const href = zipDownloadPath(
    ready.map((record) => ({ ref: record.ref, hint: { prompt: record.request?.prompt ?? '', mode: record.request?.mode ?? null } })),
  );

  return (
    <div
      role="region"
      aria-label={t('gallery.selected', { count: selected.length })}
      className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-xl border border-amber-400/40 bg-neutral-900 px-3 py-2 text-sm"
    >
      <span className="font-medium">{t('gallery.selected', { count: selected.length })}</span>
      {ready.length > 0 && !tooMany ? (
        <a
          href={href}
          download
          className="inline-flex items-center rounded-lg bg-amber-400 px-3 py-2 font-medium text-neutral-950 hover:bg-amber-300"
        >
          ↓ {t('gallery.zip', { count: ready.length })}
        </a>
      ) : null}
      {tooMany ? <span className="text-xs text-amber-300">{t('gallery.zipLimit', { max: ZIP_MAX })}</span> : null}
      {ready.length < selected.length ? <span className="text-xs text-neutral-400">{t('gallery.zipSkips')}</span> : null}
      {picked ? (
        <Button onClick={compare} aria-haspopup="dialog">
          ⇆ {t('gallery.compareSelected')}
        </Button>
      ) : null}
      {setLinks && !picked && selected.length > 1 ? (
        <span className="text-xs text-neutral-400">{t('gallery.compareLimit', { max: PICKED_MAX })}</span>
      ) : null}
      <span className="flex-1" />
      <Button
        variant="ghost"
        onClick={() => {
          deleteWithUndo(selected.map((record) => record.ref));
          useGalleryStore.getState().clearSelection();
        }}
      >
        {t('gallery.deleteSelected')}
      </Button>
      <Button variant="ghost" onClick={() => useGalleryStore.getState().clearSelection()}>
        {t('gallery.clearSelection')}
      </Button>
      {askingToMove > 0 ? <CompareMovesDialog count={askingToMove} onConfirm={compareAsNewSet} onClose={() => setAskingToMove(0)} /> : null}
    </div>
  );
};
