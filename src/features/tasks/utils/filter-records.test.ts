import { describe, expect, it } from 'vitest';
import { filterRecords, noFilters } from './filter-records.ts';
import { sampleRecord } from '../../../testing/sample-record.ts';

const kite = { ...sampleRecord('k1', 'succeeded'), starred: true };
kite.request = { ...kite.request!, prompt: 'A red kite over the dunes', mode: 'pro' };
const boat = sampleRecord('b1', 'running');
const frames = { ...sampleRecord('f1', 'failed'), ref: { surface: 'kling', kind: 'image2video', id: 'f1' } as const };
frames.request = { ...frames.request!, image: 'a', imageTail: 'b' };
const added = { ...sampleRecord('a1', 'queued'), request: null, origin: 'added' as const };
const all = [kite, boat, frames, added];
const ids = (filters: Partial<typeof noFilters>) => filterRecords(all, { ...noFilters, ...filters }).map((r) => r.ref.id);

describe('filterRecords', () => {
  it('filters by status group, mode, kind and star', () => {
    expect(ids({})).toEqual(['k1', 'b1', 'f1', 'a1']);
    expect(ids({ status: 'active' })).toEqual(['b1', 'a1']);
    expect(ids({ status: 'failed' })).toEqual(['f1']);
    expect(ids({ mode: 'pro' })).toEqual(['k1']);
    expect(ids({ kind: 'frames' })).toEqual(['f1']);
    expect(ids({ kind: 'text' })).toEqual(['k1', 'b1', 'a1']);
    expect(ids({ starredOnly: true })).toEqual(['k1']);
  });

  it('searches every word of the prompt, and ids', () => {
    expect(ids({ search: 'KITE dunes' })).toEqual(['k1']);
    expect(ids({ search: 'kite boat' })).toEqual([]);
    expect(ids({ search: 'a1' })).toEqual(['a1']);
  });
});

describe('filterRecords: sets only', () => {
  const member = (id: string, setId: string, position: number, submittedAt: number) => ({
    ...sampleRecord(id, 'succeeded'),
    submittedAt,
    set: { id: setId, kind: 'modes' as const, parameter: 'mode', caption: position ? 'pro' : 'std', position },
  });

  it('keeps only set members, newest set first, each set in its own order', () => {
    const records = [
      member('b-pro', 'set-b', 1, 400),
      boat,
      member('a-pro', 'set-a', 1, 300),
      member('b-std', 'set-b', 0, 200),
      member('a-std', 'set-a', 0, 100),
    ];
    expect(filterRecords(records, { ...noFilters, setsOnly: true }).map((r) => r.ref.id)).toEqual(['b-std', 'b-pro', 'a-std', 'a-pro']);
    expect(filterRecords(records, noFilters)).toHaveLength(5);
  });
});
