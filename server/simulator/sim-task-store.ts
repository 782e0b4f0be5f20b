import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Kind, Surface } from '../../src/api/gateway-routes.ts';
import type { GenerationRequest } from '../../src/api/generation-request.schema.ts';
import type { PromptToken } from './faults.ts';
import { clockStateAt, finishedAtMs, planTask, type ClockPlan, type ClockState, type RenderState } from './task-clock.ts';

export type SimTask = {
  id: string; // the id this task's surface answers with
  upstreamId: string; // Kling's own numeric id (what the gateway envelope's raw data shows)
  videoId: string;
  surface: Surface;
  kind: Kind;
  request: GenerationRequest;
  tokens: ReadonlySet<PromptToken>;
  createdAt: number; // Unix milliseconds
  plan: ClockPlan;
  render: RenderState; // offsets from createdAt
  clipKey: string | null;
  vanished: boolean;
  gateway?: GatewayFacts; // new-api profile only
};

/** What new-api keeps about a task beside Kling's answer: its table row and the model the caller named. */
export type GatewayFacts = { rowId: number; originModel: string };

type NewTask = Pick<SimTask, 'surface' | 'kind' | 'request' | 'tokens' | 'gateway'> & { timeScale: number; now: number; id?: string };

// Kling's ids are 18-19 digit numbers; the gateway's own are prefixed strings.
const numericId = () => `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e8)).padStart(8, '0')}`;

export const createSimTaskStore = () => {
  const tasks = new Map<string, SimTask>();
  const externalIds = new Set<string>();
  let created = 0;
  let peakRunning = 0;
  let queries = 0;

  const stateOf = (task: SimTask, now: number): ClockState => clockStateAt(task.plan, now - task.createdAt, task.render);
  const isRunning = (task: SimTask, now: number) => {
    const { status } = stateOf(task, now);
    return status !== 'succeeded' && status !== 'failed';
  };
  const runningCount = (now: number) => [...tasks.values()].filter((task) => isRunning(task, now)).length;

  return {
    add: (input: NewTask): SimTask => {
      let upstreamId = numericId();
      while (tasks.has(upstreamId)) upstreamId = numericId();
      const id = input.id ?? (input.surface === 'unified' ? `video_${randomBytes(12).toString('hex')}` : upstreamId);
      const task: SimTask = {
        id,
        upstreamId,
        videoId: randomUUID(),
        surface: input.surface,
        kind: input.kind,
        request: input.request,
        tokens: input.tokens,
        createdAt: input.now,
        plan: planTask({
          seed: id,
          mode: input.request.mode,
          durationSeconds: input.request.duration,
          timeScale: input.timeScale,
          slow: input.tokens.has('slow'),
          fail: input.tokens.has('fail'),
          unknown: input.tokens.has('unknown'),
        }),
        render: { status: 'pending' },
        clipKey: null,
        vanished: false,
        ...(input.gateway ? { gateway: input.gateway } : {}),
      };
      tasks.set(id, task);
      if (input.request.externalTaskId) externalIds.add(input.request.externalTaskId);
      created += 1;
      // Running counts only rise at a create, so checking here catches every peak exactly.
      peakRunning = Math.max(peakRunning, runningCount(input.now));
      return task;
    },
    find: (id: string): SimTask | undefined => tasks.get(id),
    renderFinished: (task: SimTask, outcome: { key: string } | null, now: number) => {
      task.render = { status: outcome ? 'ready' : 'failed', atMs: now - task.createdAt };
      task.clipKey = outcome?.key ?? null;
    },
    stateOf,
    runningCount,
    /** Seconds until the earliest running task should free its slot (at least 1). */
    secondsUntilSlot: (now: number): number => {
      const ends = [...tasks.values()]
        .filter((task) => isRunning(task, now))
        .map((task) => task.createdAt + (finishedAtMs(task.plan, task.render) ?? task.plan.queuedMs + task.plan.generatingMs));
      const soonest = ends.length > 0 ? Math.min(...ends) : now;
      return Math.max(1, Math.ceil((soonest - now) / 1000));
    },
    externalIdTaken: (externalId: string) => externalIds.has(externalId),
    countQuery: () => {
      queries += 1;
    },
    stats: (now: number) => ({ created, running: runningCount(now), peakRunning, queries }),
    reset: () => {
      tasks.clear();
      externalIds.clear();
      created = 0;
      peakRunning = 0;
      queries = 0;
    },
  };
};
export type SimTaskStore = ReturnType<typeof createSimTaskStore>;
