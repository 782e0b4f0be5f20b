import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

export const StarButton = ({ record, label, className = '' }: { record: TaskRecord; label: string; className?: string }) => (
  <button
    type="button"
    aria-pressed={record.starred}
    aria-label={label}
    title={label}
    onClick={() => useTaskRecordsStore.getState().setStarred(record.ref, !record.starred)}
    className={`inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1.5 text-lg leading-none hover:bg-neutral-800 ${record.starred ? 'text-amber-300' : 'text-neutral-400'} ${className}`}
  >
    {record.starred ? '★' : '☆'}
  </button>
);
