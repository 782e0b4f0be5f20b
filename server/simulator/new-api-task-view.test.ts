import { describe, expect, it } from 'vitest';
import { newApiViewAt, pollTimes } from './new-api-task-view.ts';
import type { ClockPlan } from './task-clock.ts';

// Kling's clock: queued 0–1000 ms, generating to 4000 ms. At time scale 0.01 new-api
// polls first at 600 ms (60% into the queue), then every 150 ms.
const plan: ClockPlan = { queuedMs: 1000, generatingMs: 3000, failAtMs: null, unknownFromMs: null, unknownToMs: null };
const ready = { status: 'ready' as const, atMs: 0 };
const at = (ms: number, p = plan) => newApiViewAt(p, ready, ms, 0.01);

describe('newApiViewAt', () => {
  it('polls first inside the queue, then every 15 s scaled', () => {
    expect(pollTimes(plan, 0.01)).toEqual({ firstMs: 600, everyMs: 150 });
  });

  it('reads NOT_START before the first poll, then what Kling said at the latest poll', () => {
    expect(at(599)).toEqual({ status: 'NOT_START', progress: '0%', kling: null, startMs: null, finishMs: null, updatedMs: 0 });
    expect(at(600)).toMatchObject({ status: 'SUBMITTED', progress: '10%', startMs: null, updatedMs: 600 });
    // Kling starts at 1000 ms; new-api learns it at the poll of 1050 ms.
    expect(at(1049)).toMatchObject({ status: 'SUBMITTED' });
    expect(at(1050)).toMatchObject({ status: 'IN_PROGRESS', progress: '30%', startMs: 1050, updatedMs: 1050 });
    expect(at(4049)).toMatchObject({ status: 'IN_PROGRESS' });
    expect(at(4050)).toMatchObject({ status: 'SUCCESS', progress: '100%', startMs: 1050, finishMs: 4050, updatedMs: 4050 });
    expect(at(9000)).toMatchObject({ finishMs: 4050 });
  });

  it('fails at the poll after Kling failed', () => {
    expect(at(2600, { ...plan, failAtMs: 2500 })).toMatchObject({
      status: 'FAILURE',
      progress: '100%',
      finishMs: 2550,
      kling: { status: 'failed' },
    });
  });
});
