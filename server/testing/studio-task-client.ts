import { expect } from 'vitest';
import { createPath, queryPath, type Kind, type Surface, type TaskRef } from '../../src/api/gateway-routes.ts';
import { normalizeTask } from '../../src/api/normalize-task.ts';
import type { Task } from '../../src/api/task.schema.ts';
import { postJson, rawRequest, type RawResponse } from './studio-test-server.ts';

// Test helpers: tasks made and followed through a running studio's /api, as the browser would.

export const createVia = async (port: number, surface: Surface, kind: Kind, prompt: string, extra: object = {}): Promise<TaskRef> => {
  const body =
    surface === 'unified'
      ? { model: 'kling-v3', prompt, duration: 3, ...extra }
      : { model_name: 'kling-v3', prompt, duration: '3', aspect_ratio: '16:9', ...extra };
  const created = await postJson(port, `/api${createPath(surface, kind)}`, body);
  expect(created.status, created.text).toBe(200);
  const result = normalizeTask({ surface, kind, id: 'pending' }, created.json());
  if (!result.ok) throw new Error(`create did not normalize: ${created.text}`);
  return { surface, kind, id: result.task.ref.id };
};

export const queryVia = async (port: number, ref: TaskRef): Promise<Task> => {
  const answer = await rawRequest(port, 'GET', `/api${queryPath(ref)}`);
  expect(answer.status, answer.text).toBe(200);
  const result = normalizeTask(ref, answer.json());
  if (!result.ok) throw new Error(`query did not normalize: ${answer.text}`);
  return result.task;
};

export const settleVia = async (port: number, ref: TaskRef, timeoutMs = 40_000): Promise<Task> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await queryVia(port, ref);
    if (task.status === 'succeeded' || task.status === 'failed') return task;
    if (Date.now() > deadline) throw new Error(`task ${ref.id} still ${task.rawStatus}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

export const downloadPath = (ref: TaskRef, hints: { prompt?: string; mode?: string } = {}) => {
  const query = new URLSearchParams(Object.entries(hints).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const search = query.size > 0 ? `?${query}` : '';
  return `/api/download/${ref.surface}/${ref.kind}/${ref.id}${search}`;
};

export const zipParam = (ref: TaskRef, mode: string, prompt: string) =>
  ['t', [ref.surface, ref.kind, ref.id, mode, prompt].map(encodeURIComponent).join(':')] as [string, string];

/** GET with the body kept as bytes. */
export const getBytes = async (port: number, path: string): Promise<RawResponse & { bytes: Buffer }> => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries(response.headers);
  return { status: response.status, headers, text: bytes.toString('utf8'), json: () => JSON.parse(bytes.toString('utf8')), bytes };
};

export const errorOf = (response: RawResponse) => (response.json() as { error: { message: string; type: string; code: string } }).error;

export { readZip } from './read-zip.ts';
