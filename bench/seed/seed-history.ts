import { openTaskDb } from '../../src/generation/records/task-db.ts';
import { createTaskRepository } from '../../src/generation/records/task-repository.ts';
import { sampleRecord } from '../../src/testing/sample-record.ts';
import type { TaskRecord } from '../../src/generation/records/task-record.ts';

// Built into a browser script by bench/gallery-scale.ts and run on the studio's origin:
// it writes a history through the studio's own repository and record shape, so the
// seed stays valid when the gallery's schema changes (or fails loudly when it cannot).

const MODES = ['std', 'pro'] as const;
const ASPECTS = ['16:9', '9:16', '1:1'] as const;
const BATCH = 500;

/** `count` finished tasks, newest first, one every 90 s; every 12th failed, every 7th starred. */
export const historyOf = (count: number, clipBase: string, now = Date.now()): TaskRecord[] =>
  Array.from({ length: count }, (_, i) => {
    const id = `video_bench${String(i).padStart(6, '0')}`;
    const record = sampleRecord(id, i % 12 === 5 ? 'failed' : 'succeeded', now - i * 90_000);
    const request = record.request && {
      ...record.request,
      prompt: `Bench clip ${i}: a slow dolly shot through a neon-lit night market in the rain`,
      mode: MODES[i % 2]!,
      aspectRatio: ASPECTS[i % 3]!,
      duration: i % 4 === 0 ? 10 : 5,
    };
    const task = record.task && { ...record.task, videoUrl: record.task.videoUrl ? `${clipBase}/${id}.mp4` : null };
    return { ...record, request, task, starred: i % 7 === 3 };
  });

export const seedHistory = async (count: number, clipBase: string): Promise<number> => {
  const db = openTaskDb();
  try {
    const repository = createTaskRepository(db);
    const records = historyOf(count, clipBase);
    for (let start = 0; start < records.length; start += BATCH) await repository.save(records.slice(start, start + BATCH));
    return db.tasks.count();
  } finally {
    db.close();
  }
};
