import { encode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../src/api/response-schemas.ts';
import { KEY, call, klingBody, startTestSim, unifiedBody } from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// The motion brush's and the storyboard's fields, checked by the simulator as Kling would.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim({ apiKey: KEY });
});
afterAll(() => sim.close());

const png = (width: number, height: number) =>
  Buffer.from(encode({ width, height, data: new Uint8Array(width * height).fill(255), channels: 1, depth: 8 })).toString('base64');
const FRAME = png(640, 360);

const rejects = async (body: unknown, kind: 'text2video' | 'image2video' | null, message: RegExp) => {
  const answer = await call(sim, 'POST', kind ? `/kling/v1/videos/${kind}` : '/v1/video/generations', { body });
  expect(answer.status, answer.text).toBe(400);
  expect(parseErrorBody(answer.json)?.message).toMatch(message);
};

describe('masks', () => {
  const trajectories = [
    { x: 0, y: 0 },
    { x: 320, y: 180 },
  ];

  it('takes masks at the first frame’s shape with paths on it', async () => {
    const answer = await call(sim, 'POST', '/kling/v1/videos/image2video', {
      body: klingBody({ image: FRAME, static_mask: png(640, 360), dynamic_masks: [{ mask: png(640, 360), trajectories }] }),
    });
    expect(answer.status, answer.text).toBe(200);
  });

  it('refuses a mask of another shape, masks of different sizes, a path off the frame, and masks with a camera move', async () => {
    await rejects(
      klingBody({ image: FRAME, static_mask: png(400, 400) }),
      'image2video',
      /static_mask must have the first frame's aspect ratio/,
    );
    await rejects(
      klingBody({ image: FRAME, static_mask: png(640, 360), dynamic_masks: [{ mask: png(1280, 720), trajectories }] }),
      'image2video',
      /share one resolution/,
    );
    await rejects(
      unifiedBody({
        image: FRAME,
        metadata: {
          dynamic_masks: [
            {
              mask: png(640, 360),
              trajectories: [
                { x: 0, y: 0 },
                { x: 641, y: 10 },
              ],
            },
          ],
        },
      }),
      null,
      /inside the first frame/,
    );
    await rejects(
      unifiedBody({ image: FRAME, metadata: { dynamic_masks: [{ mask: png(640, 360), trajectories: [{ x: 1, y: 1 }] }] } }),
      null,
      /2 to 77 points/,
    );
    await rejects(
      unifiedBody({ image: FRAME, metadata: { static_mask: png(640, 360), camera_control: { type: 'down_back' } } }),
      null,
      /exclude one another/,
    );
  });
});

describe('multi-shot', () => {
  const shots = (...durations: number[]) =>
    durations.map((duration, i) => ({ index: i + 1, prompt: `shot ${i + 1}`, duration: String(duration) }));

  it('takes shots that add up to the duration, with string durations as Kling documents', async () => {
    const answer = await call(sim, 'POST', '/v1/video/generations', {
      body: unifiedBody({ duration: 10, metadata: { multi_shot: true, shot_type: 'customize', multi_prompt: shots(4, 3, 3) } }),
    });
    expect(answer.status, answer.text).toBe(200);
  });

  it('refuses a missing shot_type, shots that do not add up, a shot under 1 s and a seventh shot', async () => {
    await rejects(unifiedBody({ metadata: { multi_shot: true, multi_prompt: shots(5) } }), null, /shot_type is required/);
    await rejects(
      unifiedBody({ duration: 10, metadata: { multi_shot: true, shot_type: 'customize', multi_prompt: shots(4, 4) } }),
      null,
      /add up to 8 s but duration is 10 s/,
    );
    await rejects(
      klingBody({ duration: '5', multi_shot: true, shot_type: 'customize', multi_prompt: shots(5, 0) }),
      'text2video',
      /at least 1 second/,
    );
    await rejects(
      unifiedBody({ duration: 7, metadata: { multi_shot: true, shot_type: 'customize', multi_prompt: shots(1, 1, 1, 1, 1, 1, 1) } }),
      null,
      /1 to 6 shots/,
    );
  });
});
