import type { TaskRecord } from '../../../generation/records/task-record.ts';

export const statusFilters = ['all', 'active', 'succeeded', 'failed'] as const;
export const modeFilters = ['all', 'std', 'pro'] as const;
export const kindFilters = ['all', 'text', 'image', 'frames'] as const;

export type GalleryFilters = {
  search: string;
  status: (typeof statusFilters)[number];
  mode: (typeof modeFilters)[number];
  kind: (typeof kindFilters)[number];
  starredOnly: boolean;
  // Only members of comparison sets, each set's members together and in order.
  setsOnly: boolean;
};

export const noFilters: GalleryFilters = { search: '', status: 'all', mode: 'all', kind: 'all', starredOnly: false, setsOnly: false };

/** What a creative calls the generation: from text, from one image, or between two frames. */
export const generationKind = (record: TaskRecord): 'text' | 'image' | 'frames' => {
  if (record.request?.imageTail) return 'frames';
  return record.ref.kind === 'image2video' ? 'image' : 'text';
};

const statusGroup = (record: TaskRecord) => {
  const status = record.task?.status;
  return status === 'succeeded' || status === 'failed' ? status : 'active';
};

/** Sets side by side: the set sent most recently first, its members in the order they were sent. */
const groupedBySet = (records: TaskRecord[]): TaskRecord[] => {
  const newest = new Map<string, number>();
  for (const record of records) if (record.set) newest.set(record.set.id, Math.max(newest.get(record.set.id) ?? 0, record.submittedAt));
  return [...records].sort((a, b) => {
    if (!a.set || !b.set) return 0;
    if (a.set.id !== b.set.id) return (newest.get(b.set.id) ?? 0) - (newest.get(a.set.id) ?? 0) || a.set.id.localeCompare(b.set.id);
    return a.set.position - b.set.position;
  });
};

export const filterRecords = (records: TaskRecord[], filters: GalleryFilters): TaskRecord[] => {
  const shown = matching(records, filters);
  return filters.setsOnly ? groupedBySet(shown) : shown;
};

const matching = (records: TaskRecord[], filters: GalleryFilters): TaskRecord[] => {
  const words = filters.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return records.filter((record) => {
    if (filters.starredOnly && !record.starred) return false;
    if (filters.setsOnly && !record.set) return false;
    if (filters.status !== 'all' && statusGroup(record) !== filters.status) return false;
    if (filters.mode !== 'all' && record.request?.mode !== filters.mode) return false;
    if (filters.kind !== 'all' && generationKind(record) !== filters.kind) return false;
    if (words.length === 0) return true;
    const text = `${record.request?.prompt ?? ''} ${record.ref.id}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
};
