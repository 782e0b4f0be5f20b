import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klingEnvelopeSchema, unifiedTaskSchema } from '../../src/api/response-schemas.ts';
import {
  FRAME_URL,
  call,
  createAndPoll,
  createTask,
  klingBody,
  pollTask,
  queryPathFor,
  startTestSim,
  statusWords,
  unifiedBody,
} from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim();
});
afterAll(() => sim.close());

const fetchClip = async (url: string) => {
  const whole = await fetch(url);
  expect(whole.status).toBe(200);
  expect(whole.headers.get('content-type')).toBe('video/mp4');
  expect(whole.headers.get('accept-ranges')).toBe('bytes');
  expect(whole.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(whole.headers.get('access-control-allow-origin')).toBe('*');
  const bytes = new Uint8Array(await whole.arrayBuffer());
  expect(Number(whole.headers.get('content-length'))).toBe(bytes.length);
  expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe('ftyp');

  const part = await fetch(url, { headers: { Range: 'bytes=4-11' } });
  expect(part.status).toBe(206);
  expect(part.headers.get('content-range')).toBe(`bytes 4-11/${bytes.length}`);
  expect(part.headers.get('content-length')).toBe('8');
  expect(new TextDecoder().decode(new Uint8Array(await part.arrayBuffer()).subarray(0, 4))).toBe('ftyp');
  return { bytes, etag: whole.headers.get('etag') };
};

describe('unified surface', () => {
  it('creates, polls queued → in_progress → completed, and serves a real MP4', async () => {
    const created = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody() });
    expect(created.status).toBe(200);
    const json = created.json as Record<string, unknown>;
    expect(json).toMatchObject({ object: 'video', model: 'kling-v3', status: 'queued', progress: 0 });
    expect(json.id).toMatch(/^video_/);
    expect(json.task_id).toBe(json.id);
    expect(Math.abs(Number(json.created_at) - Date.now() / 1000)).toBeLessThan(5);
    const byTaskId = await call(sim, 'GET', `/v1/video/generations/${String(json.task_id)}`);
    expect(byTaskId.status).toBe(200);
    expect((byTaskId.json as { id: string }).id).toBe(json.id);

    const poll = await pollTask(sim, { surface: 'unified', kind: 'text2video', id: String(json.id) });
    expect(statusWords(poll, String(json.status))).toEqual(['queued', 'in_progress', 'completed']);
    for (const body of poll.bodies) expect(unifiedTaskSchema.safeParse(body).success).toBe(true);
    const progress = new Set(poll.tasks.map((task) => task.progress));
    expect([...progress].every((p) => [0, 10, 20, 30, 100].includes(p ?? -1))).toBe(true);
    expect(progress.has(10)).toBe(true);

    const done = poll.lastBody as Record<string, unknown>;
    expect(done).toMatchObject({ status: 'completed', progress: 100, seconds: '5' });
    expect(Number(done.completed_at)).toBeGreaterThanOrEqual(Number(done.created_at));
    expect(poll.last.videoUrl).toMatch(new RegExp(`^${sim.url}/files/[A-Za-z0-9_-]+\\.mp4$`));
    expect(poll.last.videoSeconds).toBe(5);
    await fetchClip(poll.last.videoUrl ?? '');
  });

  it('answers image-to-video on the unified path too', async () => {
    const ref = await createTask(sim, 'unified', 'image2video', unifiedBody({ image: FRAME_URL }));
    expect((await pollTask(sim, ref)).last.status).toBe('succeeded');
  });
});

describe('kling surface', () => {
  it('creates, polls submitted → processing → succeed, with times in ms and external_task_id', async () => {
    const created = await call(sim, 'POST', '/kling/v1/videos/text2video', { body: klingBody({ external_task_id: 'mine-1' }) });
    expect(created.status).toBe(200);
    const envelope = klingEnvelopeSchema.parse(created.json);
    expect(envelope).toMatchObject({
      code: 0,
      message: 'SUCCEED',
      data: { task_status: 'submitted', task_info: { external_task_id: 'mine-1' } },
    });
    expect(envelope.data.task_id).toMatch(/^\d{18}$/);
    expect(Math.abs(Number(envelope.data.created_at) - Date.now())).toBeLessThan(5000);

    const poll = await pollTask(sim, { surface: 'kling', kind: 'text2video', id: String(envelope.data.task_id) });
    expect(statusWords(poll, envelope.data.task_status)).toEqual(['submitted', 'processing', 'succeed']);
    for (const body of poll.bodies) expect(klingEnvelopeSchema.safeParse(body).success).toBe(true);
    const done = klingEnvelopeSchema.parse(poll.lastBody);
    expect(done.data.task_result?.videos?.[0]).toMatchObject({ duration: '5' });
    expect(Number(done.data.updated_at)).toBeGreaterThan(1e12);
    expect(poll.last.externalTaskId).toBe('mine-1');
    expect(poll.last.completedAt).toBe(done.data.updated_at);

    const { bytes, etag } = await fetchClip(poll.last.videoUrl ?? '');
    const cached = await fetch(poll.last.videoUrl ?? '', { headers: { 'If-None-Match': etag ?? '' } });
    expect(cached.status).toBe(304);
    const head = await fetch(poll.last.videoUrl ?? '', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    const tail = await fetch(poll.last.videoUrl ?? '', { headers: { Range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect((await tail.arrayBuffer()).byteLength).toBe(10);
    const beyond = await fetch(poll.last.videoUrl ?? '', { headers: { Range: `bytes=${bytes.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
  });

  it('runs image2video with a URL first frame and answers only at its own kind', async () => {
    const ref = await createTask(sim, 'kling', 'image2video', klingBody({ image: FRAME_URL }));
    const poll = await pollTask(sim, ref);
    expect(poll.last.status).toBe('succeeded');
    const elsewhere = await call(sim, 'GET', queryPathFor({ ...ref, kind: 'text2video' }));
    expect(elsewhere.status).toBe(404);
  });
});

describe('clip files', () => {
  it('serves only keys the clip store produced', async () => {
    for (const path of ['/files/0123456789abcdef.mp4', '/files/..%2Fpackage.json', '/files/x.txt']) {
      const answer = await fetch(`${sim.url}${path}`);
      expect(answer.status).toBe(404);
    }
  });
});

describe('publicUrl', () => {
  it('builds clip URLs on the configured base', async () => {
    const behindCdn = await startTestSim({ publicUrl: 'http://cdn.example.test:9000/' });
    try {
      const poll = await createAndPoll(behindCdn, 'kling', 'text2video', klingBody());
      expect(poll.last.videoUrl).toMatch(/^http:\/\/cdn\.example\.test:9000\/files\/[A-Za-z0-9_-]+\.mp4$/);
    } finally {
      await behindCdn.close();
    }
  });
});
