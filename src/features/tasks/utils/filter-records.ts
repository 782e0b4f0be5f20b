import type { TaskRecord } from './task-record.ts';

export const statusFilters = ['all', 'active', 'succeeded', 'failed'] as const;
export const modeFilters = ['all', 'std', 'pro'] as const;
export const kindFilters = ['all', 'text', 'image', 'frames'] as const;

export type GalleryFilters = {
  search: string;
  status: (typeof statusFilters)[number];
  mode: (typeof modeFilters)[number];
  kind: (typeof kindFilters)[number];
  starredOnly: boolean;
};

export const noFilters: GalleryFilters = { search: '', status: 'all', mode: 'all', kind: 'all', starredOnly: false };

/** What a creative calls the generation: from text, from one image, or between two frames. */
export const generationKind = (record: TaskRecord): 'text' | 'image' | 'frames' => {
  if (record.request?.imageTail) return 'frames';
  return record.ref.kind === 'image2video' ? 'image' : 'text';
};

const statusGroup = (record: TaskRecord) => {
  const status = record.task?.status;
  return status === 'succeeded' || status === 'failed' ? status : 'active';
};

export const filterRecords = (records: TaskRecord[], filters: GalleryFilters): TaskRecord[] => {
  const words = filters.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return records.filter((record) => {
    if (filters.starredOnly && !record.starred) return false;
    if (filters.status !== 'all' && statusGroup(record) !== filters.status) return false;
    if (filters.mode !== 'all' && record.request?.mode !== filters.mode) return false;
    if (filters.kind !== 'all' && generationKind(record) !== filters.kind) return false;
    if (words.length === 0) return true;
    const text = `${record.request?.prompt ?? ''} ${record.ref.id}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
};
