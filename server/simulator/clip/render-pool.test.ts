import { afterEach, describe, expect, it } from 'vitest';
import { readMp4Info } from '../../testing/read-mp4-info.ts';
import { createRenderPool, type RenderPool } from './render-pool.ts';

let pool: RenderPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('createRenderPool', () => {
  it('queues renders beyond its size and keeps the calling thread responsive', { timeout: 60_000 }, async () => {
    pool = createRenderPool({ size: 1 });
    let ticks = 0;
    let worstGapMs = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worstGapMs = Math.max(worstGapMs, now - last);
      last = now;
      ticks++;
    }, 10);
    const [a, b] = await Promise.all([
      pool.render({ mode: 'std', aspectRatio: '9:16', durationSeconds: 1 }),
      pool.render({ mode: 'pro', aspectRatio: '1:1', durationSeconds: 1 }),
    ]);
    clearInterval(timer);
    expect(readMp4Info(a)).toEqual({ width: 720, height: 1280, durationSeconds: 1 });
    expect(readMp4Info(b)).toEqual({ width: 1080, height: 1080, durationSeconds: 1 });
    // Encoding happens on the worker, so timers keep firing throughout (generous bound for a busy CI box).
    expect(ticks).toBeGreaterThan(10);
    expect(worstGapMs).toBeLessThan(500);
  });

  it('reports encoder errors to the caller and keeps working', { timeout: 60_000 }, async () => {
    pool = createRenderPool({ size: 1 });
    await expect(pool.render({ mode: 'std', aspectRatio: '1:1', durationSeconds: 99 })).rejects.toThrow(/durationSeconds/);
    const ok = await pool.render({ mode: 'std', aspectRatio: '1:1', durationSeconds: 1 });
    expect(readMp4Info(ok).durationSeconds).toBe(1);
  });

  it('rejects queued work when closed', async () => {
    pool = createRenderPool({ size: 1 });
    const running = pool.render({ mode: 'std', aspectRatio: '1:1', durationSeconds: 1 });
    const queued = pool.render({ mode: 'std', aspectRatio: '16:9', durationSeconds: 1 });
    const settled = Promise.all([expect(running).rejects.toThrow(/closed/), expect(queued).rejects.toThrow(/closed/)]);
    await pool.close();
    await settled;
    await expect(pool.render({ mode: 'std', aspectRatio: '1:1', durationSeconds: 1 })).rejects.toThrow(/closed/);
  });
});
