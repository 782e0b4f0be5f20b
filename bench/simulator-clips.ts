import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createClipStore } from '../server/simulator/clip/clip-store.ts';
import type { ClipAspectRatio, ClipMode, ClipSpec } from '../server/simulator/clip/clip-spec.ts';
import { round } from './support/stats.ts';
import type { Row } from './support/table.ts';

// Section 6: how long the simulator takes to produce a clip, for each mode and aspect:
// cold (rendered and encoded in a worker, written to an empty cache) and cached (the
// file already on disk, asked for by a fresh store). The baseline is the clip's own
// length: a ratio under 1 renders faster than real time.

const MODES: ClipMode[] = ['std', 'pro'];
const ASPECTS: ClipAspectRatio[] = ['16:9', '9:16', '1:1'];
const SECONDS = 5;

export const benchSimulatorClips = async (work: string) => {
  const dir = await mkdtemp(join(work, 'clips-'));
  const results: { mode: ClipMode; aspect: ClipAspectRatio; coldMs: number; cachedMs: number; bytes: number }[] = [];
  try {
    for (const mode of MODES) {
      for (const aspect of ASPECTS) {
        const spec: ClipSpec = { mode, aspectRatio: aspect, durationSeconds: SECONDS, caption: 'kling-v3' };
        // One worker, as on a busy dev machine; a fresh store each time, so nothing is in memory.
        const cold = createClipStore({ dir, pool: { size: 1 } });
        const coldStart = performance.now();
        const clip = await cold.getClip(spec);
        const coldMs = performance.now() - coldStart;
        await cold.close();
        const cached = createClipStore({ dir, pool: { size: 1 } });
        const cachedStart = performance.now();
        await cached.getClip(spec);
        const cachedMs = performance.now() - cachedStart;
        await cached.close();
        results.push({ mode, aspect, coldMs: round(coldMs), cachedMs: round(cachedMs, 2), bytes: clip.size });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const section = '6 simulator';
  const rows: Row[] = results.flatMap((r): Row[] => [
    {
      section,
      figure: `clip ${r.mode} ${r.aspect} ${SECONDS} s, cold`,
      unit: 'ms',
      value: r.coldMs,
      baseline: SECONDS * 1000,
      baselineLabel: 'clip length',
      budget: null,
    },
    {
      section,
      figure: `clip ${r.mode} ${r.aspect} ${SECONDS} s, cached`,
      unit: 'ms',
      value: r.cachedMs,
      baseline: r.coldMs,
      baselineLabel: 'cold',
      budget: null,
    },
  ]);
  return { rows, details: { clipSeconds: SECONDS, clips: results } };
};
