import { describe, expect, it } from 'vitest';
import { planImport, readHistoryFile, toHistoryFile } from './history-file.ts';
import { sampleRecord } from '../../testing/sample-record.ts';

describe('history file', () => {
  it('round-trips the history', () => {
    const records = [sampleRecord('a', 'succeeded'), sampleRecord('b', null)];
    expect(readHistoryFile(toHistoryFile(records))).toEqual({ ok: true, records, unreadable: 0 });
  });

  it('skips unreadable entries and refuses what is not a history file', () => {
    const text = JSON.stringify({ format: 'kling-studio.history', version: 1, exportedAt: 1, tasks: [sampleRecord('a'), { ref: 3 }] });
    expect(readHistoryFile(text)).toMatchObject({ ok: true, unreadable: 1, records: [{ ref: { id: 'a' } }] });
    expect(readHistoryFile('{')).toEqual({ ok: false, reason: 'json' });
    expect(readHistoryFile('{"tasks":[]}')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('planImport', () => {
  it('adds new tasks, completes ones this browser saw running, and leaves the rest', () => {
    const running = { ...sampleRecord('a', 'running'), starred: true };
    const done = sampleRecord('b', 'succeeded');
    const plan = planImport([running, done], [sampleRecord('a', 'succeeded'), sampleRecord('b', 'running'), sampleRecord('c', 'failed')]);
    expect(plan).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(plan.upsert.map((r) => [r.ref.id, r.task?.status, r.starred, r.origin])).toEqual([
      ['a', 'succeeded', true, 'studio'],
      ['c', 'failed', false, 'imported'],
    ]);
  });
});
