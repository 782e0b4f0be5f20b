import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { Task, TaskStatus } from '../../api/task.schema.ts';
import { sampleRecord } from '../../testing/sample-record.ts';
import { NOT_FOUND_GIVE_UP, POLL_MAX_MS, POLL_MIN_MS, nextPollDelay, pollStateOf } from './next-poll-delay.ts';

// nextPollDelay reads only the task's status.
const task = (status: TaskStatus): Task | undefined => sampleRecord('video_1', status).task ?? undefined;

const base = { failureCount: 0, error: null, random: () => 0.5 };

describe('nextPollDelay', () => {
  it('never polls a finished task', () => {
    expect(nextPollDelay({ ...base, task: task('succeeded'), ageMs: 0 })).toBe(false);
    expect(nextPollDelay({ ...base, task: task('failed'), ageMs: 0 })).toBe(false);
    // not even after a failure that would otherwise be retried
    const error = new ApiError('server', 'boom', 503);
    expect(nextPollDelay({ ...base, task: task('succeeded'), ageMs: 0, failureCount: 1, error })).toBe(false);
  });

  it('starts quick and backs off with age to a ceiling', () => {
    expect(nextPollDelay({ ...base, task: undefined, ageMs: 0 })).toBe(POLL_MIN_MS);
    expect(nextPollDelay({ ...base, task: task('queued'), ageMs: 20_000 })).toBe(4_000);
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 10 * 60_000 })).toBe(POLL_MAX_MS);
    // A task resumed the next morning polls at the ceiling straight away.
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 20 * 3_600_000 })).toBe(POLL_MAX_MS);
  });

  it('keeps polling unknown statuses', () => {
    expect(nextPollDelay({ ...base, task: task('unknown'), ageMs: 30_000 })).toBe(6_000);
  });

  it("follows the gateway's Retry-After", () => {
    const error = new ApiError('rate_limited', 'slow down', 429, null, 7_000);
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 0, failureCount: 1, error })).toBe(7_000);
    const zero = new ApiError('rate_limited', 'slow down', 429, null, 0);
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 0, failureCount: 1, error: zero })).toBe(POLL_MIN_MS);
  });

  it('backs off exponentially from 1 s on a 429 without Retry-After', () => {
    const error = new ApiError('rate_limited', 'slow down', 429);
    const delays = [1, 2, 3].map((failureCount) => nextPollDelay({ ...base, task: undefined, ageMs: 0, failureCount, error }));
    expect(delays).toEqual([1_000, 2_000, 4_000]);
  });

  it('backs off exponentially with jitter on faults', () => {
    const error = new ApiError('server', 'boom', 503);
    const delays = [1, 2, 3, 4].map((failureCount) => nextPollDelay({ ...base, task: undefined, ageMs: 0, failureCount, error }));
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000]);
    const low = nextPollDelay({ ...base, random: () => 0, task: undefined, ageMs: 0, failureCount: 2, error });
    const high = nextPollDelay({ ...base, random: () => 0.999, task: undefined, ageMs: 0, failureCount: 2, error });
    expect(low).toBe(2_000);
    expect(high).toBeGreaterThan(5_900);
    expect(nextPollDelay({ ...base, task: undefined, ageMs: 0, failureCount: 20, error })).toBe(60_000);
    // A network error (no status) backs off the same way.
    expect(nextPollDelay({ ...base, task: undefined, ageMs: 0, failureCount: 1, error: new ApiError('network', 'x') })).toBe(2_000);
  });

  it('stops at the first refused key (401): every poll would fail alike', () => {
    const error = new ApiError('auth', 'bad key', 401);
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 0, failureCount: 1, error })).toBe(false);
  });

  it('gives up on a task the gateway keeps saying does not exist', () => {
    const error = new ApiError('not_found', 'task_not_exist', 400, 'task_not_exist');
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 0, failureCount: NOT_FOUND_GIVE_UP - 1, error })).not.toBe(false);
    expect(nextPollDelay({ ...base, task: task('running'), ageMs: 0, failureCount: NOT_FOUND_GIVE_UP, error })).toBe(false);
  });
});

describe('pollStateOf', () => {
  const state = { data: task('running'), dataUpdatedAt: 50_000, error: null, fetchFailureCount: 0, fetchFailureReason: null };

  it('measures age to the latest answer, so the delay does not drift between renders', () => {
    expect(pollStateOf(state, 10_000).ageMs).toBe(40_000);
    expect(nextPollDelay(pollStateOf(state, 10_000))).toBe(8_000);
    expect(nextPollDelay(pollStateOf(state, 10_000))).toBe(8_000);
  });

  it('polls at once before any answer, and reads the failure being retried', () => {
    const fresh = { ...state, data: undefined, dataUpdatedAt: 0 };
    expect(nextPollDelay(pollStateOf(fresh, 10_000))).toBe(POLL_MIN_MS);
    const failing = { ...state, fetchFailureCount: 2, fetchFailureReason: new ApiError('server', 'x', 500) };
    expect(nextPollDelay(pollStateOf(failing, 10_000))).toBe(4_000);
  });
});
