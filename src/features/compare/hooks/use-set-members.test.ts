import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../../testing/sample-record.ts';
import { toMember } from './use-set-members.ts';

const set = { id: 'set-a', kind: 'modes' as const, parameter: 'mode', caption: 'std', position: 0 };

describe('toMember', () => {
  it('times "submit → done" on the gateway’s clock when it says when the task was created', () => {
    const record = sampleRecord('a', 'succeeded', 1_000_000);
    const member = toMember({ ...record, submittedAt: 900_000, set });
    expect(member.submittedAt).toBe(1_000_000);
    expect(member.completedAt).toBe(1_060_000);
  });

  it('falls back to when the studio sent it', () => {
    const record = sampleRecord('a', 'succeeded', 1_000_000);
    const task = record.task && { ...record.task, createdAt: null };
    expect(toMember({ ...record, task, submittedAt: 900_000, set }).submittedAt).toBe(900_000);
    expect(toMember({ ...sampleRecord('b', null), submittedAt: 5, set }).submittedAt).toBe(5);
  });
});
