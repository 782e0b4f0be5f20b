import { beforeEach, describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/sample-record.ts';
import { useTaskRecordsStore } from './task-records-store.ts';

describe('useTaskRecordsStore.assignSet', () => {
  beforeEach(() => useTaskRecordsStore.setState({ records: [] }));

  it('makes one task a set member and leaves the others as they were', () => {
    const one = sampleRecord('one', 'succeeded');
    const two = sampleRecord('two', 'succeeded');
    useTaskRecordsStore.getState().upsert([one, two]);
    const set = { id: 'set-x', kind: 'modes' as const, parameter: 'mode', caption: 'std', position: 0 };
    useTaskRecordsStore.getState().assignSet(one.ref, set);
    const { records } = useTaskRecordsStore.getState();
    expect(records.find((r) => r.ref.id === 'one')?.set).toEqual(set);
    // Untouched records keep their identity, so the history writes only the changed row.
    expect(records.find((r) => r.ref.id === 'two')).toBe(two);
  });
});
