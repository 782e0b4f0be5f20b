import { create } from 'zustand';
import type { TaskRef } from '../../api/gateway-routes.ts';
import type { Task } from '../../api/task.schema.ts';
import type { SetMembership } from '../sets/comparison-set.ts';
import { recordKey, type TaskRecord } from './task-record.ts';

// The task history in memory. It does no I/O: task-history.ts loads it from
// IndexedDB and writes back whatever changes, so this stays a plain, testable store.

export type SetAsideReport = { key: string; problem: string };

type TaskRecordsState = {
  records: TaskRecord[]; // newest first
  hydrated: boolean;
  setAside: SetAsideReport[]; // rows that failed validation on load, until dismissed
  problem: string | null; // the history could not be read or written
  saving: boolean; // changes are on their way to IndexedDB
  hydrate: (loaded: TaskRecord[], setAside: SetAsideReport[]) => void;
  add: (record: TaskRecord) => void;
  applyAnswer: (ref: TaskRef, task: Task) => void;
  setStarred: (ref: TaskRef, starred: boolean) => void;
  // Makes a task a member of a comparison set after the fact ("Run the other mode").
  assignSet: (ref: TaskRef, set: SetMembership) => void;
  remove: (refs: TaskRef[]) => TaskRecord[];
  upsert: (records: TaskRecord[]) => void;
  dropKeys: (keys: string[]) => void;
  dismissSetAside: () => void;
  reportProblem: (problem: string | null) => void;
  setSaving: (saving: boolean) => void;
};

const newestFirst = (a: TaskRecord, b: TaskRecord) => b.submittedAt - a.submittedAt;

const merged = (current: TaskRecord[], incoming: TaskRecord[]): TaskRecord[] => {
  const keys = new Set(incoming.map((record) => recordKey(record.ref)));
  return [...current.filter((record) => !keys.has(recordKey(record.ref))), ...incoming].sort(newestFirst);
};

const sameTask = (a: Task | null, b: Task) => a !== null && JSON.stringify(a) === JSON.stringify(b);

export const useTaskRecordsStore = create<TaskRecordsState>()((set, get) => ({
  records: [],
  hydrated: false,
  setAside: [],
  problem: null,
  saving: false,
  // What was added before the history finished loading wins over the loaded copy.
  hydrate: (loaded, setAside) => set((state) => ({ records: merged(loaded, state.records), hydrated: true, setAside })),
  add: (record) => set((state) => ({ records: merged(state.records, [record]) })),
  applyAnswer: (ref, task) => {
    const key = recordKey(ref);
    const current = get().records.find((record) => recordKey(record.ref) === key);
    // An unchanged answer is not a change: nothing to re-render or write.
    if (!current || sameTask(current.task, task)) return;
    set((state) => ({ records: state.records.map((record) => (record === current ? { ...record, task } : record)) }));
  },
  setStarred: (ref, starred) =>
    set((state) => ({
      records: state.records.map((record) => (recordKey(record.ref) === recordKey(ref) ? { ...record, starred } : record)),
    })),
  assignSet: (ref, membership) =>
    set((state) => ({
      records: state.records.map((record) => (recordKey(record.ref) === recordKey(ref) ? { ...record, set: membership } : record)),
    })),
  remove: (refs) => {
    const keys = new Set(refs.map(recordKey));
    const removed = get().records.filter((record) => keys.has(recordKey(record.ref)));
    if (removed.length > 0) set((state) => ({ records: state.records.filter((record) => !keys.has(recordKey(record.ref))) }));
    return removed;
  },
  upsert: (records) => {
    if (records.length > 0) set((state) => ({ records: merged(state.records, records) }));
  },
  dropKeys: (keys) => {
    const drop = new Set(keys);
    set((state) => ({ records: state.records.filter((record) => !drop.has(recordKey(record.ref))) }));
  },
  dismissSetAside: () => set({ setAside: [] }),
  reportProblem: (problem) => set({ problem }),
  setSaving: (saving) => {
    if (get().saving !== saving) set({ saving });
  },
}));

export const findRecord = (records: TaskRecord[], key: string): TaskRecord | undefined =>
  records.find((record) => recordKey(record.ref) === key);
