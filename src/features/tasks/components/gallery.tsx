import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { Button } from '../../../components/button.tsx';
import { ErrorBoundary } from '../../../components/error-boundary.tsx';
import { useGalleryStore } from '../stores/gallery-store.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { filterRecords, noFilters } from '../utils/filter-records.ts';
import { recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';
import { AddTaskDialog } from './add-task-dialog.tsx';
import { CardFallback } from './card-fallback.tsx';
import { GalleryFiltersBar } from './gallery-filters.tsx';
import { GalleryToolbar } from './gallery-toolbar.tsx';
import { HistoryNotices } from './history-notices.tsx';
import { KeyRefusedBanner } from './key-refused-banner.tsx';
import { SelectionBar } from './selection-bar.tsx';
import type { SetLinks } from './set-link.tsx';
import { TaskCard } from './task-card.tsx';
import { VirtualGrid } from './virtual-grid.tsx';
import { GALLERY_HEADING_ID } from '../utils/gallery-heading.ts';
import { historyMayHoldTasks } from '../../../generation/records/history-mark.ts';

const recordId = (record: TaskRecord) => recordKey(record.ref);
const emptyBox = 'rounded-xl border border-dashed border-neutral-800 p-8 text-center text-neutral-400';

/** Every task this browser knows, newest first: filter, search, select, open. */
export const Gallery = ({ onOpen, setLinks }: { onOpen: (ref: TaskRef) => void; setLinks?: SetLinks }) => {
  const { t } = useTranslation();
  const records = useTaskRecordsStore((state) => state.records);
  const hydrated = useTaskRecordsStore((state) => state.hydrated);
  const saving = useTaskRecordsStore((state) => state.saving);
  const filters = useGalleryStore((state) => state.filters);
  const [adding, setAdding] = useState(false);
  const shown = useMemo(() => filterRecords(records, filters), [records, filters]);
  // One boundary per card: a record that breaks its card leaves the gallery standing.
  const renderCard = useMemo(
    () => (record: TaskRecord) => (
      <ErrorBoundary fallback={(retry) => <CardFallback id={record.ref.id} onRetry={retry} />}>
        <TaskCard record={record} onOpen={onOpen} setLinks={setLinks} />
      </ErrorBoundary>
    ),
    [onOpen, setLinks],
  );

  return (
    <section aria-labelledby={GALLERY_HEADING_ID} className="min-w-0 space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={GALLERY_HEADING_ID} tabIndex={-1} className="text-lg font-semibold">
          {t('gallery.heading')}{' '}
          <span className="text-sm font-normal text-neutral-400">
            {shown.length === records.length
              ? t('gallery.count', { count: records.length })
              : t('gallery.shown', { shown: shown.length, total: records.length })}
          </span>{' '}
          <span role="status" className="text-xs font-normal text-neutral-400">
            {saving && hydrated ? t('gallery.saving') : null}
          </span>
        </h2>
        <GalleryToolbar onAddById={() => setAdding(true)} />
      </div>
      <KeyRefusedBanner />
      <HistoryNotices />
      {records.length > 0 ? <GalleryFiltersBar /> : null}
      <SelectionBar records={records} setLinks={setLinks} />
      {!hydrated && records.length === 0 && historyMayHoldTasks() ? (
        <p className={emptyBox} aria-busy>
          {t('app.historyLoading')}
        </p>
      ) : records.length === 0 ? (
        <p className={emptyBox}>{t('app.noClipsYet')}</p>
      ) : shown.length === 0 ? (
        <div className={emptyBox}>
          <p>{t('gallery.noMatch')}</p>
          <Button variant="ghost" className="mt-2" onClick={() => useGalleryStore.getState().setFilters(noFilters)}>
            {t('gallery.clearFilters')}
          </Button>
        </div>
      ) : (
        <VirtualGrid items={shown} itemKey={recordId} renderItem={renderCard} label={t('gallery.list')} />
      )}
      {adding ? (
        <AddTaskDialog
          onClose={() => setAdding(false)}
          onAdded={(ref) => {
            setAdding(false);
            onOpen(ref);
          }}
        />
      ) : null}
    </section>
  );
};
