import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Kind, Surface, TaskRef } from '../../src/api/gateway-routes.ts';
import { normalizeTask } from '../../src/api/normalize-task.ts';
import type { Task } from '../../src/api/task.schema.ts';
import type { LoggedRequest } from '../simulator/request-log.ts';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../simulator/start-simulator.ts';

// Shared by the simulator's HTTP tests: one real simulator per file, one clip
// cache per machine so renders are paid for once.

export const TEST_CACHE_DIR = join(tmpdir(), 'kling-sim-test-cache');
export const KEY = 'test-key';

export const startTestSim = (options: SimulatorOptions = {}): Promise<RunningSimulator> =>
  startSimulator({ port: 0, timeScale: 0.01, cacheDir: TEST_CACHE_DIR, ...options });

export type Answer = { status: number; headers: Headers; text: string; json: unknown };

type CallOptions = { body?: unknown; rawBody?: string; key?: string | null; headers?: Record<string, string> };

export const call = async (sim: RunningSimulator, method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? KEY : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${sim.url}${path}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
};

// A small first frame is enough: the simulator reads only the header.
export const unifiedBody = (over: Record<string, unknown> = {}) => ({
  model: 'kling-v3',
  prompt: 'a red kite over the sea',
  duration: 5,
  ...over,
});
export const klingBody = (over: Record<string, unknown> = {}) => ({
  model_name: 'kling-v3',
  prompt: 'a red kite over the sea',
  duration: '5',
  aspect_ratio: '16:9',
  ...over,
});

/** A Kling-compatible body new-api accepts: the strict versions route by a top-level `model`. */
export const newApiKlingBody = (over: Record<string, unknown> = {}) => ({ model: 'kling-v3', ...klingBody(over) });

export const FRAME_URL = 'https://example.com/first-frame.png';

/** What the simulator recorded of the gateway requests after `since` (GET /__sim/requests). */
export const loggedRequests = async (sim: RunningSimulator, since = 0): Promise<LoggedRequest[]> =>
  ((await call(sim, 'GET', `/__sim/requests?since=${since}`, { key: null })).json as { requests: LoggedRequest[] }).requests;

/** The entry of the latest gateway request. */
export const lastLogged = async (sim: RunningSimulator): Promise<LoggedRequest> => {
  const entry = (await loggedRequests(sim)).at(-1);
  if (!entry) throw new Error('no request was logged');
  return entry;
};

export const createPathFor = (surface: Surface, kind: Kind) =>
  surface === 'unified' ? '/v1/video/generations' : `/kling/v1/videos/${kind}`;
export const queryPathFor = (ref: TaskRef) => `${createPathFor(ref.surface, ref.kind)}/${ref.id}`;

/** Creates a task and returns its ref and the create answer, failing the test unless the create succeeded. */
export const createTaskWithBody = async (sim: RunningSimulator, surface: Surface, kind: Kind, body: Record<string, unknown>) => {
  const answer = await call(sim, 'POST', createPathFor(surface, kind), { body });
  expect(answer.status, answer.text).toBe(200);
  const task = normalizeOrFail({ surface, kind, id: 'pending' }, answer.json);
  return { ref: { surface, kind, id: task.ref.id } satisfies TaskRef, created: answer.json };
};

export const createTask = async (sim: RunningSimulator, surface: Surface, kind: Kind, body: Record<string, unknown>): Promise<TaskRef> =>
  (await createTaskWithBody(sim, surface, kind, body)).ref;

export const normalizeOrFail = (ref: TaskRef, body: unknown): Task => {
  const result = normalizeTask(ref, body);
  if (!result.ok) throw new Error(`does not normalize: ${JSON.stringify(body)}`);
  return result.task;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Poll = { bodies: unknown[]; tasks: Task[]; last: Task; lastBody: unknown };

type PollOptions = { everyMs?: number; timeoutMs?: number };

/** Polls a task until it is terminal, normalizing every answer on the way. */
export const pollTask = async (
  sim: RunningSimulator,
  ref: TaskRef,
  { everyMs = 25, timeoutMs = 30_000 }: PollOptions = {},
): Promise<Poll> => {
  const bodies: unknown[] = [];
  const tasks: Task[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await call(sim, 'GET', queryPathFor(ref));
    expect(answer.status, answer.text).toBe(200);
    const task = normalizeOrFail(ref, answer.json);
    bodies.push(answer.json);
    tasks.push(task);
    if (task.status === 'succeeded' || task.status === 'failed') return { bodies, tasks, last: task, lastBody: answer.json };
    if (Date.now() > deadline) throw new Error(`task ${ref.id} still ${task.rawStatus} after ${timeoutMs} ms`);
    await sleep(everyMs);
  }
};

/** Creates and polls a task; the poll starts with the create answer, which is how a task is first seen queued. */
export const createAndPoll = async (
  sim: RunningSimulator,
  surface: Surface,
  kind: Kind,
  body: Record<string, unknown>,
  options?: PollOptions,
) => {
  const { ref, created } = await createTaskWithBody(sim, surface, kind, body);
  const poll = await pollTask(sim, ref, options);
  return { ref, created, ...poll, bodies: [created, ...poll.bodies], tasks: [normalizeOrFail(ref, created), ...poll.tasks] };
};

/** The distinct raw status words a poll saw, in order, after the create's own word if given. */
export const statusWords = (poll: Pick<Poll, 'tasks'>, createdWord?: string): string[] =>
  [...(createdWord ? [createdWord] : []), ...poll.tasks.map((task) => task.rawStatus)].filter(
    (word, i, all) => i === 0 || all[i - 1] !== word,
  );
