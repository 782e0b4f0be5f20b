import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiCreatedSchema, taskErrorSchema } from '../testing/new-api-body-schemas.ts';
import {
  FRAME_URL,
  call,
  klingBody,
  lastLogged,
  newApiKlingBody,
  startTestSim,
  unifiedBody,
  type Answer,
} from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// What new-api does to a create before Kling sees it: which fields survive, what it
// fills in, which types it insists on. GET /__sim/requests shows, per create,
// `dropped` (dotted paths as the client sent them) and `forwarded` (Kling's body).

let sim: RunningSimulator;
let documented: RunningSimulator;
beforeAll(async () => {
  [sim, documented] = await Promise.all([startTestSim({ profile: 'new-api' }), startTestSim()]);
});
afterAll(() => Promise.all([sim.close(), documented.close()]));

const UNIFIED = '/v1/video/generations';
const TEXT2VIDEO = '/kling/v1/videos/text2video';
const created = async () => ((await call(sim, 'GET', '/__sim/stats')).json as { created: number }).created;

/** Creates (expecting success) and returns what the log says Kling received and what was dropped. */
const send = async (path: string, body: unknown, on = sim) => {
  const answer = await call(on, 'POST', path, { body });
  expect(answer.status, answer.text).toBe(200);
  const entry = await lastLogged(on);
  return { answer, dropped: entry.dropped, forwarded: entry.forwarded as Record<string, unknown> };
};

const storyboard = {
  multi_shot: true,
  shot_type: 'customize',
  multi_prompt: [
    { index: 1, prompt: 'a', duration: '4' },
    { index: 2, prompt: 'b', duration: '4' },
  ],
};
const extras = { sound: 'on', ...storyboard, voice_list: [{ voice_id: 'v1' }], element_list: [], my_extra: 1 };

describe('fields that never reach Kling', () => {
  it('are dropped without a word and recorded by their path in the body sent (unified)', async () => {
    // The shots add up to 8 s of a 5 s clip: Kling would refuse, but it never sees them.
    const { answer, dropped, forwarded } = await send(
      UNIFIED,
      unifiedBody({ seconds: '5', metadata: { negative_prompt: 'blur', ...extras } }),
    );
    newApiCreatedSchema.parse(answer.json);
    expect(dropped).toEqual([
      'seconds',
      'metadata.sound',
      'metadata.multi_shot',
      'metadata.shot_type',
      'metadata.multi_prompt',
      'metadata.voice_list',
      'metadata.element_list',
      'metadata.my_extra',
    ]);
    expect(forwarded).toMatchObject({ negative_prompt: 'blur', prompt: 'a red kite over the sea' });
    for (const key of Object.keys(extras)) expect(forwarded).not.toHaveProperty(key);
  });

  it('are named without a prefix on the Kling-compatible surface, whose body is the metadata; nested extras too', async () => {
    const { dropped } = await send(
      TEXT2VIDEO,
      newApiKlingBody({
        ...extras,
        camera_control: { type: 'simple', config: { zoom: 2, speed: 3 } },
        watermark_info: { enabled: true, where: 'corner' },
      }),
    );
    expect(dropped).toEqual([
      'sound',
      'multi_shot',
      'shot_type',
      'multi_prompt',
      'voice_list',
      'element_list',
      'my_extra',
      'camera_control.config.speed',
      'watermark_info.where',
    ]);
  });

  it('drop nothing in the document profile, which records no dropped list', async () => {
    const { dropped, forwarded } = await send(UNIFIED, unifiedBody({ metadata: { sound: 'on' } }), documented);
    expect(dropped).toBeUndefined();
    expect(forwarded).toBeUndefined();
  });
});

describe('what new-api fills in', () => {
  it('maps size to an aspect ratio (anything else 1:1), and an explicit metadata.aspect_ratio wins', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ size: '1920x1080' }, '16:9'],
      [{ size: '1280x720' }, '16:9'],
      [{ size: '1080x1920' }, '9:16'],
      [{ size: '720x1280' }, '9:16'],
      [{ size: '1024x1024' }, '1:1'],
      [{ size: '512x512' }, '1:1'],
      [{ size: '800x600' }, '1:1'],
      [{}, '1:1'],
      [{ size: '1920x1080', metadata: { aspect_ratio: '9:16' } }, '9:16'],
    ];
    for (const [over, aspect] of cases)
      expect((await send(UNIFIED, unifiedBody(over))).forwarded.aspect_ratio, JSON.stringify(over)).toBe(aspect);
  });

  it('takes duration as a number or numeric string, makes a fraction 5, and lets metadata override it', async () => {
    expect((await send(UNIFIED, unifiedBody({ duration: '10' }))).forwarded.duration).toBe('10');
    expect((await send(UNIFIED, unifiedBody({ duration: 7.5 }))).forwarded.duration).toBe('5');
    expect((await send(UNIFIED, unifiedBody({ duration: 0 }))).forwarded.duration).toBe('5');
    expect((await send(UNIFIED, unifiedBody({ duration: 5, metadata: { duration: '8' } }))).forwarded.duration).toBe('8');
  });

  it('defaults mode to std and cfg_scale to 0.5, drops a cfg_scale of 0, and names the model twice', async () => {
    const plain = (await send(UNIFIED, unifiedBody())).forwarded;
    expect(plain).toMatchObject({ mode: 'std', cfg_scale: 0.5, model_name: 'kling-v3', model: 'kling-v3' });
    expect((await send(UNIFIED, unifiedBody({ mode: 'pro', metadata: { cfg_scale: 0 } }))).forwarded).not.toHaveProperty('cfg_scale');
    expect((await send(UNIFIED, unifiedBody({ mode: 'std', metadata: { mode: 'pro' } }))).forwarded.mode).toBe('pro');
  });

  it('picks the Kling endpoint by the first frame, whatever the Kling-compatible path says', async () => {
    const { answer } = await send(TEXT2VIDEO, newApiKlingBody({ image: FRAME_URL }));
    const id = newApiCreatedSchema.parse(answer.json).id;
    const row = (await call(sim, 'GET', `${UNIFIED}/${id}`)).json as { data: { action: string } };
    expect(row.data.action).toBe('generate');
  });
});

describe('what new-api insists on', () => {
  const buildFailed = (answer: Answer) => taskErrorSchema.parse(answer.json).message;

  it('fails the create with 500 build_request_failed for a metadata field of the wrong Go type', async () => {
    const before = await created();
    const cases: Array<[string, unknown, RegExp]> = [
      [
        UNIFIED,
        unifiedBody({ metadata: { duration: 5 } }),
        /json: cannot unmarshal number into Go struct field requestPayload\.duration of type string$/,
      ],
      [
        TEXT2VIDEO,
        newApiKlingBody({ duration: 5 }),
        /cannot unmarshal number into Go struct field requestPayload\.duration of type string$/,
      ],
      [
        TEXT2VIDEO,
        newApiKlingBody({ cfg_scale: 'high' }),
        /cannot unmarshal string into Go struct field requestPayload\.cfg_scale of type float64$/,
      ],
      [
        UNIFIED,
        unifiedBody({
          image: FRAME_URL,
          metadata: {
            dynamic_masks: [
              {
                mask: FRAME_URL,
                trajectories: [
                  { x: 1.5, y: 2 },
                  { x: 3, y: 4 },
                ],
              },
            ],
          },
        }),
        /cannot unmarshal number 1\.5 into Go struct field TrajectoryPoint\.dynamic_masks\.trajectories\.x of type int$/,
      ],
      [
        TEXT2VIDEO,
        newApiKlingBody({ camera_control: 'zoom' }),
        /cannot unmarshal string into Go struct field requestPayload\.camera_control of type kling\.CameraControl$/,
      ],
    ];
    for (const [path, body, message] of cases) {
      const answer = await call(sim, 'POST', path, { body });
      expect(answer.status, answer.text).toBe(500);
      expect(taskErrorSchema.parse(answer.json).code).toBe('build_request_failed');
      expect(buildFailed(answer)).toMatch(message);
    }
    expect(await created()).toBe(before);
  });

  it('refuses wrong top-level types and a duration outside 0–3600 as invalid_request', async () => {
    for (const body of [
      unifiedBody({ prompt: 5 }),
      unifiedBody({ duration: 'five' }),
      unifiedBody({ metadata: 'x' }),
      unifiedBody({ duration: 4000 }),
      unifiedBody({ duration: -1 }),
    ]) {
      const answer = await call(sim, 'POST', UNIFIED, { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(taskErrorSchema.parse(answer.json).code).toBe('invalid_request');
    }
  });

  it('routes a Kling-compatible body by its top-level model: model_name alone is refused, both work, model alone works', async () => {
    const alone = await call(sim, 'POST', TEXT2VIDEO, { body: klingBody() });
    expect(alone.status).toBe(400);
    expect(alone.text).toMatch(/Model name not specified/);
    expect((await send(TEXT2VIDEO, newApiKlingBody())).forwarded).toMatchObject({
      model_name: 'kling-v3',
      duration: '5',
      aspect_ratio: '16:9',
    });
    const { model_name: _, ...modelOnly } = newApiKlingBody({ model: 'kling-v2-6' });
    expect((await send(TEXT2VIDEO, modelOnly)).forwarded).toMatchObject({ model_name: 'kling-v2-6', model: 'kling-v2-6' });
  });
});
