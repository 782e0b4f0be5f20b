import { describe, expect, it } from 'vitest';
import { generationRequestSchema } from '../../../api/generation-request.schema.ts';
import type { Task } from '../../../api/task.schema.ts';
import { deliveryMismatch } from './delivery-mismatch.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';

const task = (over: Partial<Task>): Task => ({
  ref: { surface: 'unified', kind: 'text2video', id: 'task_1' },
  status: 'succeeded',
  rawStatus: 'SUCCESS',
  progress: 100,
  videoUrl: 'https://cdn.example/clip.mp4',
  videoSeconds: 5.1,
  model: 'kling-v3',
  createdAt: 1,
  updatedAt: 2,
  completedAt: 3,
  error: null,
  externalTaskId: null,
  answerShape: 'envelope',
  ...over,
});
const record = (request: Record<string, unknown>, over: Partial<Task> = {}) =>
  ({
    ref: { surface: 'unified', kind: 'text2video', id: 'task_1' },
    request: generationRequestSchema.parse({ model: 'kling-v3', prompt: 'p', ...request }),
    task: task(over),
    submittedAt: 0,
  }) as unknown as TaskRecord;
const storyboard = {
  duration: 10,
  multiShot: {
    shotType: 'customize',
    shots: [
      { prompt: 'a', duration: 3 },
      { prompt: 'b', duration: 3 },
      { prompt: 'c', duration: 4 },
    ],
  },
};

describe('deliveryMismatch', () => {
  it('flags 5 s delivered for a 10 s storyboard of three shots', () => {
    expect(deliveryMismatch(record(storyboard, { videoSeconds: 5.1 }))).toEqual({ kind: 'duration', asked: 10, got: 5.1 });
  });

  it('accepts Kling’s length a fraction off the whole seconds', () => {
    expect(deliveryMismatch(record({ duration: 5 }, { videoSeconds: 5.1 }))).toBeNull();
  });

  it('flags a storyboard or sound answered in new-api’s envelope even at the right length', () => {
    expect(deliveryMismatch(record(storyboard, { videoSeconds: 10.1 }))).toEqual({ kind: 'dropped', features: ['storyboard'] });
    expect(deliveryMismatch(record({ sound: 'on' }, { videoSeconds: 5 }))).toEqual({ kind: 'dropped', features: ['sound'] });
  });

  it('says nothing for a gateway answering in the document’s shape, or a clip not finished', () => {
    expect(deliveryMismatch(record(storyboard, { videoSeconds: 10, answerShape: 'task' }))).toBeNull();
    expect(deliveryMismatch(record(storyboard, { status: 'running', videoSeconds: null }))).toBeNull();
  });
});
