import { describe, expect, it } from 'vitest';
import { checkRequest, type RuleIssue } from './check-request.ts';
import { cameraTypes } from './contract-limits.ts';
import { generationRequestSchema, type DynamicMask, type GenerationRequest } from './generation-request.schema.ts';

const request = (fields: Partial<GenerationRequest> = {}): GenerationRequest =>
  generationRequestSchema.parse({ model: 'kling-v3', prompt: 'A red fox in the snow', ...fields });

const check = (fields: Partial<GenerationRequest> = {}): RuleIssue[] => checkRequest(request(fields));

const rulesOf = (fields: Partial<GenerationRequest>): string[] => check(fields).map((issue) => `${issue.field}:${issue.rule}`);

/** The request breaks exactly one rule, and the issue says which field and which limit. */
const expectOnlyIssue = (fields: Partial<GenerationRequest>, expected: Omit<RuleIssue, 'message'> & { message: RegExp }) => {
  const issues = check(fields);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue).toEqual({ ...expected, message: expect.stringMatching(expected.message) });
};

const URL_A = 'https://example.com/first-frame.png';
const URL_B = 'https://example.com/last-frame.png';

// Tiny images: only the bytes the header reader looks at.
const pngBase64 = (width: number, height: number): string => {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24);
  return Buffer.from(bytes).toString('base64');
};
const jpegBase64 = (width: number, height: number): string => {
  const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  const sof0 = [0xff, 0xc0, ...u16(17), 8, ...u16(height), ...u16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...sof0]).toString('base64');
};

// A Base64 PNG padded with zero bytes to the given decoded size.
const pngOfBytes = (decodedBytes: number): string => {
  const header = Buffer.alloc(36);
  Buffer.from(pngBase64(1000, 1000), 'base64').copy(header);
  const headerChars = header.toString('base64'); // 48 characters, no padding
  const rest = decodedBytes - header.length;
  const fullGroups = Math.floor(rest / 3);
  const tail = rest % 3 === 0 ? '' : rest % 3 === 1 ? 'AA==' : 'AAA=';
  return headerChars + 'A'.repeat(fullGroups * 4) + tail;
};

const trajectory = (points: number): DynamicMask['trajectories'] => Array.from({ length: points }, (_, i) => ({ x: i, y: 2 * i }));
const mask = (points = 2): DynamicMask => ({ mask: 'https://example.com/mask.png', trajectories: trajectory(points) });

describe('checkRequest: valid requests', () => {
  it.each<[string, Partial<GenerationRequest>]>([
    ['the default text→video', {}],
    ['image→video', { image: URL_A }],
    ['first+last frame', { image: URL_A, imageTail: URL_B, mode: 'pro' }],
    ['camera move', { image: URL_A, cameraControl: { type: 'simple', config: { zoom: 1.2, horizontal: 0, vertical: 0 } } }],
    ['camera preset', { cameraControl: { type: 'forward_up' } }],
    ['masks', { image: URL_A, staticMask: URL_B, dynamicMasks: [mask(), mask(77)] }],
    ['Base64 PNG and JPEG frames', { image: pngBase64(1280, 720), imageTail: jpegBase64(720, 1280) }],
    [
      'multi-shot',
      {
        duration: 10,
        multiShot: {
          shotType: 'customize',
          shots: [
            { prompt: 'a', duration: 4 },
            { prompt: 'b', duration: 6 },
          ],
        },
      },
    ],
    ['intelligent multi-shot', { duration: 15, multiShot: { shotType: 'intelligence', shots: [] } }],
    [
      'every optional field',
      { negativePrompt: 'blur', cfgScale: 0.5, callbackUrl: 'https://example.com/hook', externalTaskId: 'mine', sound: 'on' },
    ],
  ])('%s has no issues', (_label, fields) => {
    expect(check(fields)).toEqual([]);
  });
});

describe('checkRequest: required fields', () => {
  it('needs a model', () => {
    expectOnlyIssue({ model: ' ' }, { field: 'model', rule: 'required', params: {}, message: /^model is required$/ });
  });

  it('needs a prompt', () => {
    expectOnlyIssue({ prompt: '' }, { field: 'prompt', rule: 'required', params: {}, message: /^prompt is required$/ });
    expect(rulesOf({ prompt: '  \n ' })).toEqual(['prompt:required']);
  });
});

describe('checkRequest: prompt and negative prompt length', () => {
  it('takes a 2,500-character prompt and rejects 2,501', () => {
    expect(check({ prompt: 'x'.repeat(2500) })).toEqual([]);
    expectOnlyIssue(
      { prompt: 'x'.repeat(2501) },
      {
        field: 'prompt',
        rule: 'too_long',
        params: { max: 2500, actual: 2501 },
        message: /^prompt must be at most 2500 characters \(it has 2501\)$/,
      },
    );
  });

  it('takes a 2,500-character negative prompt and rejects 2,501', () => {
    expect(check({ negativePrompt: 'x'.repeat(2500) })).toEqual([]);
    expectOnlyIssue(
      { negativePrompt: 'x'.repeat(2501) },
      {
        field: 'negativePrompt',
        rule: 'too_long',
        params: { max: 2500, actual: 2501 },
        message: /^negative_prompt must be at most 2500 characters/,
      },
    );
  });
});

describe('checkRequest: cfg_scale', () => {
  it.each([0, 0.5, 1, null])('takes %s', (cfgScale) => {
    expect(check({ cfgScale })).toEqual([]);
  });

  it.each([-0.01, 1.01, 5])('rejects %s', (cfgScale) => {
    expectOnlyIssue(
      { cfgScale },
      {
        field: 'cfgScale',
        rule: 'cfg_range',
        params: { min: 0, max: 1, actual: cfgScale },
        message: new RegExp(`^cfg_scale must be between 0 and 1 \\(it is ${cfgScale}\\)$`),
      },
    );
  });
});

describe('checkRequest: duration', () => {
  it.each([1, 3, 5, 10, 15])('takes %i s', (duration) => {
    expect(check({ duration })).toEqual([]);
  });

  it.each([0, 16, 5.5, -5])('rejects %s s', (duration) => {
    expectOnlyIssue(
      { duration },
      {
        field: 'duration',
        rule: 'duration_range',
        params: { min: 1, max: 15, actual: duration },
        message: /whole number of seconds from 1 to 15/,
      },
    );
  });

  it.each<[string, Partial<GenerationRequest>]>([
    ['image_tail', { image: URL_A, imageTail: URL_B }],
    ['static_mask', { image: URL_A, staticMask: URL_B }],
    ['dynamic_masks', { image: URL_A, dynamicMasks: [mask()] }],
  ])('must be 5 s with %s', (_label, fields) => {
    expect(check({ ...fields, duration: 5 })).toEqual([]);
    expectOnlyIssue(
      { ...fields, duration: 10 },
      {
        field: 'duration',
        rule: 'duration_fixed_5',
        params: { actual: 10 },
        message: /^with image_tail or masks the duration must be 5 s \(it is 10 s\)$/,
      },
    );
  });

  it('may be other than 5 s with an empty dynamic_masks list', () => {
    expect(check({ dynamicMasks: [], duration: 10 })).toEqual([]);
  });
});

describe('checkRequest: first and last frame', () => {
  it('rejects image_tail without image', () => {
    expectOnlyIssue(
      { imageTail: URL_B },
      { field: 'imageTail', rule: 'tail_needs_image', params: {}, message: /^image_tail needs a first frame \(image\)$/ },
    );
  });
});

describe('checkRequest: image_tail, masks and camera_control exclude one another', () => {
  const camera = { type: 'simple', config: { zoom: 5 } } as const;

  it.each<[string, Partial<GenerationRequest>, string]>([
    ['image_tail and camera_control', { imageTail: URL_B, cameraControl: camera }, 'image_tail, camera_control'],
    ['static_mask and camera_control', { staticMask: URL_B, cameraControl: camera }, 'masks, camera_control'],
    ['dynamic_masks and camera_control', { dynamicMasks: [mask()], cameraControl: camera }, 'masks, camera_control'],
    ['image_tail and masks', { imageTail: URL_B, staticMask: URL_B }, 'image_tail, masks'],
    ['all three', { imageTail: URL_B, dynamicMasks: [mask()], cameraControl: camera }, 'image_tail, masks, camera_control'],
  ])('rejects %s', (_label, fields, active) => {
    expectOnlyIssue(
      { image: URL_A, ...fields },
      {
        field: 'exclusive',
        rule: 'exclusive_controls',
        params: { active },
        message: /^image_tail, masks and camera_control exclude one another \(this request uses .+\)$/,
      },
    );
  });

  it('lets static and dynamic masks go together', () => {
    expect(check({ image: URL_A, staticMask: URL_B, dynamicMasks: [mask()] })).toEqual([]);
  });
});

describe('checkRequest: camera_control', () => {
  it('takes simple with exactly one non-zero axis, up to ±10', () => {
    expect(check({ cameraControl: { type: 'simple', config: { pan: 10 } } })).toEqual([]);
    expect(check({ cameraControl: { type: 'simple', config: { roll: -10, zoom: 0 } } })).toEqual([]);
    expect(
      check({ cameraControl: { type: 'simple', config: { horizontal: 0, vertical: 0.5, pan: 0, tilt: 0, roll: 0, zoom: 0 } } }),
    ).toEqual([]);
  });

  it('rejects simple with no non-zero axis, or no config', () => {
    const expected = {
      field: 'cameraControl',
      rule: 'camera_one_axis',
      params: { count: 0 },
      message: /^camera_control with type "simple" needs exactly one non-zero axis \(it has 0\)$/,
    };
    expectOnlyIssue({ cameraControl: { type: 'simple', config: { zoom: 0, pan: 0 } } }, expected);
    expectOnlyIssue({ cameraControl: { type: 'simple' } }, expected);
  });

  it('rejects simple with two non-zero axes', () => {
    expectOnlyIssue(
      { cameraControl: { type: 'simple', config: { zoom: 2, pan: -3 } } },
      { field: 'cameraControl', rule: 'camera_one_axis', params: { count: 2 }, message: /exactly one non-zero axis \(it has 2\)/ },
    );
  });

  it.each([10.5, -10.5])('rejects an axis at %s', (value) => {
    expectOnlyIssue(
      { cameraControl: { type: 'simple', config: { tilt: value } } },
      {
        field: 'cameraControl.config.tilt',
        rule: 'camera_axis_range',
        params: { axis: 'tilt', min: -10, max: 10, actual: value },
        message: new RegExp(`^camera_control.config.tilt must be between -10 and 10 \\(it is ${value}\\)$`),
      },
    );
  });

  it.each(cameraTypes.filter((type) => type !== 'simple'))(
    'takes the preset %s without a config, and rejects one with a config',
    (type) => {
      expect(check({ cameraControl: { type } })).toEqual([]);
      expectOnlyIssue(
        { cameraControl: { type, config: { zoom: 5 } } },
        {
          field: 'cameraControl',
          rule: 'camera_config_not_allowed',
          params: { type },
          message: new RegExp(`only allowed with type "simple" \\(type is "${type}"\\)`),
        },
      );
    },
  );

  it('tolerates a preset carrying an all-zero config (the composer may keep one)', () => {
    expect(check({ cameraControl: { type: 'down_back', config: { zoom: 0, pan: 0 } } })).toEqual([]);
  });
});

describe('checkRequest: images', () => {
  it.each<[string, keyof GenerationRequest, string, Partial<GenerationRequest>]>([
    ['image', 'image', 'image', {}],
    ['imageTail', 'imageTail', 'image_tail', { image: URL_A }],
    ['staticMask', 'staticMask', 'static_mask', { image: URL_A }],
  ])('%s: rejects a data: URL', (field, key, wire, base) => {
    expectOnlyIssue(
      { ...base, [key]: `data:image/png;base64,${pngBase64(1000, 1000)}` },
      { field, rule: 'image_data_prefix', params: {}, message: new RegExp(`^${wire} must be a URL or Base64 without the "data:" prefix$`) },
    );
  });

  it.each(['not an image', 'ftp://example.com/a.png', 'file:///tmp/a.png', 'example.com/a.png', 'iVBORw0KGgo'])(
    'rejects %j as neither URL nor Base64',
    (image) => {
      expectOnlyIssue(
        { image },
        { field: 'image', rule: 'image_not_url_or_base64', params: {}, message: /^image must be an http\(s\) URL or Base64 data$/ },
      );
    },
  );

  it.each(['https://example.com/a.png', 'http://example.com/a.jpg', 'HTTPS://EXAMPLE.COM/A.PNG'])(
    'takes the URL %s without looking further',
    (image) => {
      expect(check({ image })).toEqual([]);
    },
  );

  it('rejects Base64 that is neither PNG nor JPEG', () => {
    expectOnlyIssue(
      { image: Buffer.from('GIF89a-not-really-an-image').toString('base64') },
      { field: 'image', rule: 'image_format', params: {}, message: /^image must be a JPG or PNG image$/ },
    );
  });

  describe.each([
    ['PNG', pngBase64],
    ['JPEG', jpegBase64],
  ])('Base64 %s', (_format, encode) => {
    it('takes 300 px on each side and rejects 299', () => {
      expect(check({ image: encode(300, 300) })).toEqual([]);
      expectOnlyIssue(
        { image: encode(299, 400) },
        {
          field: 'image',
          rule: 'image_too_small',
          params: { min: 300, width: 299, height: 400 },
          message: /^image must be at least 300 px on each side \(it is 299x400\)$/,
        },
      );
      expect(rulesOf({ image: encode(400, 299) })).toEqual(['image:image_too_small']);
    });

    it('takes a 2.5:1 and 1:2.5 shape and rejects 2.6:1 and 1:2.6', () => {
      expect(check({ image: encode(750, 300) })).toEqual([]);
      expect(check({ image: encode(300, 750) })).toEqual([]);
      expectOnlyIssue(
        { image: encode(780, 300) },
        {
          field: 'image',
          rule: 'image_aspect',
          params: { width: 780, height: 300 },
          message: /^image must have a width:height between 1:2.5 and 2.5:1 \(it is 780x300\)$/,
        },
      );
      expect(rulesOf({ image: encode(300, 780) })).toEqual(['image:image_aspect']);
    });
  });

  it('takes exactly 10 MB and rejects one byte more, by the Base64 length alone', () => {
    const max = 10 * 1024 * 1024;
    expect(check({ image: pngOfBytes(max) })).toEqual([]);
    expectOnlyIssue(
      { image: pngOfBytes(max + 1) },
      {
        field: 'image',
        rule: 'image_too_large',
        params: { max, actual: max + 1 },
        message: new RegExp(`^image must be at most 10 MB \\(it is ${max + 1} bytes\\)$`),
      },
    );
  });

  it('checks the images of image_tail and of each mask, naming each', () => {
    const tooSmall = pngBase64(200, 200);
    const issues = check({ image: URL_A, imageTail: tooSmall });
    expect(issues).toEqual([
      expect.objectContaining({ field: 'imageTail', rule: 'image_too_small', message: expect.stringMatching(/^image_tail /) }),
    ]);

    const maskIssues = check({ image: URL_A, staticMask: tooSmall, dynamicMasks: [mask(), { ...mask(), mask: 'data:x' }] });
    expect(maskIssues.map((issue) => [issue.field, issue.rule, issue.message.split(' ')[0]])).toEqual([
      ['staticMask', 'image_too_small', 'static_mask'],
      ['dynamicMasks.1.mask', 'image_data_prefix', 'dynamic_masks[1].mask'],
    ]);
  });
});

describe('checkRequest: dynamic masks', () => {
  it('takes 6 masks and rejects 7', () => {
    expect(check({ image: URL_A, dynamicMasks: Array.from({ length: 6 }, () => mask()) })).toEqual([]);
    expectOnlyIssue(
      { image: URL_A, dynamicMasks: Array.from({ length: 7 }, () => mask()) },
      {
        field: 'dynamicMasks',
        rule: 'too_many_masks',
        params: { max: 6, actual: 7 },
        message: /^dynamic_masks takes at most 6 entries \(it has 7\)$/,
      },
    );
  });

  it.each([2, 77])('takes a trajectory of %i points', (points) => {
    expect(check({ image: URL_A, dynamicMasks: [mask(points)] })).toEqual([]);
  });

  it.each([1, 78, 0])('rejects a trajectory of %i points', (points) => {
    expectOnlyIssue(
      { image: URL_A, dynamicMasks: [mask(), mask(points)] },
      {
        field: 'dynamicMasks.1.trajectories',
        rule: 'trajectory_points',
        params: { min: 2, max: 77, actual: points },
        message: new RegExp(`^dynamic_masks\\[1\\].trajectories needs 2 to 77 points \\(it has ${points}\\)$`),
      },
    );
  });

  it.each([[{ x: 1.5, y: 2 }], [{ x: 1, y: 0.25 }]])('rejects non-integer points %j', (point) => {
    expectOnlyIssue(
      { image: URL_A, dynamicMasks: [{ mask: URL_B, trajectories: [{ x: 0, y: 0 }, point] }] },
      {
        field: 'dynamicMasks.0.trajectories',
        rule: 'trajectory_integers',
        params: {},
        message: /^dynamic_masks\[0\].trajectories must use whole-pixel coordinates$/,
      },
    );
  });
});

describe('checkRequest: multi-shot', () => {
  const shots = (durations: number[], prompt = 'a shot') => durations.map((duration) => ({ prompt, duration }));
  const customize = (durations: number[], prompt?: string): Partial<GenerationRequest> => ({
    duration: durations.reduce((a, b) => a + b, 0),
    multiShot: { shotType: 'customize', shots: shots(durations, prompt) },
  });

  it('takes 1 to 6 shots', () => {
    expect(check(customize([5]))).toEqual([]);
    expect(check(customize([2, 2, 2, 2, 2, 2]))).toEqual([]);
  });

  it('rejects 0 and 7 shots', () => {
    expectOnlyIssue(
      { multiShot: { shotType: 'customize', shots: [] } },
      {
        field: 'multiShot.shots',
        rule: 'shot_count',
        params: { min: 1, max: 6, actual: 0 },
        message: /^multi_prompt takes 1 to 6 shots \(it has 0\)$/,
      },
    );
    expectOnlyIssue(customize([2, 2, 2, 2, 2, 2, 2]), {
      field: 'multiShot.shots',
      rule: 'shot_count',
      params: { min: 1, max: 6, actual: 7 },
      message: /^multi_prompt takes 1 to 6 shots \(it has 7\)$/,
    });
  });

  it('takes a 512-character shot prompt and rejects 513', () => {
    expect(check(customize([5], 'x'.repeat(512)))).toEqual([]);
    expectOnlyIssue(
      { duration: 5, multiShot: { shotType: 'customize', shots: [{ prompt: 'x'.repeat(513), duration: 5 }] } },
      {
        field: 'multiShot.shots.0.prompt',
        rule: 'too_long',
        params: { max: 512, actual: 513 },
        message: /^multi_prompt\[0\].prompt must be at most 512 characters \(it has 513\)$/,
      },
    );
  });

  it('needs a prompt for each shot', () => {
    expectOnlyIssue(
      {
        duration: 5,
        multiShot: {
          shotType: 'customize',
          shots: [
            { prompt: 'a', duration: 2 },
            { prompt: ' ', duration: 3 },
          ],
        },
      },
      { field: 'multiShot.shots.1.prompt', rule: 'required', params: {}, message: /^multi_prompt\[1\].prompt is required$/ },
    );
  });

  it.each([0, 0.5, 2.5])('rejects a shot duration of %s', (duration) => {
    const issues = check({
      duration: 5,
      multiShot: {
        shotType: 'customize',
        shots: [
          { prompt: 'a', duration },
          { prompt: 'b', duration: 5 - duration },
        ],
      },
    });
    expect(issues).toContainEqual({
      field: 'multiShot.shots.0.duration',
      rule: 'shot_duration',
      params: { min: 1, actual: duration },
      message: 'multi_prompt[0].duration must be a whole number of at least 1 second',
    });
  });

  it('rejects shot durations that do not add up to the duration', () => {
    expectOnlyIssue(
      { duration: 10, multiShot: { shotType: 'customize', shots: shots([3, 4]) } },
      {
        field: 'multiShot.shots',
        rule: 'shot_total',
        params: { total: 7, duration: 10 },
        message: /^multi_prompt durations add up to 7 s but duration is 10 s$/,
      },
    );
  });

  it('does not check the shots of an intelligent multi-shot', () => {
    expect(check({ duration: 10, multiShot: { shotType: 'intelligence', shots: shots([1]) } })).toEqual([]);
  });
});

describe('checkRequest: callback_url', () => {
  it.each(['https://example.com/hook', 'http://localhost:8080/cb?x=1', '', null])('takes %j', (callbackUrl) => {
    expect(check({ callbackUrl })).toEqual([]);
  });

  it.each(['not a url', 'example.com/hook', 'ftp://example.com/hook', 'javascript:alert(1)', '//example.com/hook'])(
    'rejects %j',
    (callbackUrl) => {
      expectOnlyIssue(
        { callbackUrl },
        { field: 'callbackUrl', rule: 'url', params: {}, message: /^callback_url must be an http\(s\) URL$/ },
      );
    },
  );
});

describe('checkRequest: every issue names its field and its limit', () => {
  it('reports each broken rule of a request that breaks many', () => {
    const issues = check({
      model: '',
      prompt: 'x'.repeat(2501),
      negativePrompt: 'x'.repeat(2501),
      cfgScale: 2,
      duration: 20,
      imageTail: 'data:image/png;base64,AAAA',
      cameraControl: { type: 'simple', config: { zoom: 11, pan: 1 } },
      staticMask: pngBase64(100, 100),
      dynamicMasks: Array.from({ length: 7 }, () => mask(1)),
      multiShot: { shotType: 'customize', shots: [{ prompt: 'x'.repeat(600), duration: 0 }] },
      callbackUrl: 'nope',
    });
    expect(issues.length).toBeGreaterThan(15);
    for (const issue of issues) {
      expect(issue.field).toMatch(/^[a-zA-Z]+(\.\w+)*$/);
      expect(issue.rule).toMatch(/^[a-z_0-9]+$/);
      expect(issue.message.length).toBeGreaterThan(10);
      // the size limit is spelled "10 MB" in words; every other limit appears as its number
      if (issue.rule === 'image_too_large') continue;
      for (const limit of [issue.params.min, issue.params.max]) if (limit !== undefined) expect(issue.message).toContain(String(limit));
    }
    expect(new Set(issues.map((issue) => issue.rule))).toEqual(
      new Set([
        'required',
        'too_long',
        'cfg_range',
        'duration_range',
        'image_data_prefix',
        'tail_needs_image',
        'exclusive_controls',
        'duration_fixed_5',
        'camera_axis_range',
        'camera_one_axis',
        'image_too_small',
        'too_many_masks',
        'trajectory_points',
        'shot_duration',
        'shot_total',
        'url',
      ]),
    );
  });
});

describe('checkRequest: mask shapes', () => {
  const FRAME = pngBase64(800, 450);

  it('takes masks at the first frame’s aspect ratio sharing one resolution, and paths on the frame', () => {
    const dynamic = {
      mask: pngBase64(1600, 900),
      trajectories: [
        { x: 0, y: 0 },
        { x: 800, y: 450 },
      ],
    };
    expect(check({ image: FRAME, staticMask: pngBase64(1600, 900), dynamicMasks: [dynamic, dynamic] })).toEqual([]);
  });

  it('rejects a mask whose aspect ratio is not the first frame’s', () => {
    expectOnlyIssue(
      { image: FRAME, staticMask: pngBase64(400, 400) },
      {
        field: 'staticMask',
        rule: 'mask_aspect',
        params: { width: 400, height: 400, frameWidth: 800, frameHeight: 450 },
        message: /^static_mask must have the first frame's aspect ratio \(it is 400x400, the first frame 800x450\)$/,
      },
    );
  });

  it('rejects masks of different resolutions, naming the one that differs', () => {
    expectOnlyIssue(
      { image: FRAME, staticMask: pngBase64(800, 450), dynamicMasks: [{ mask: pngBase64(1600, 900), trajectories: trajectory(2) }] },
      {
        field: 'dynamicMasks.0.mask',
        rule: 'mask_resolution',
        params: { width: 1600, height: 900, expectedWidth: 800, expectedHeight: 450 },
        message: /^dynamic_masks\[0\]\.mask must share one resolution with the other masks \(it is 1600x900, static_mask is 800x450\)$/,
      },
    );
  });

  it('rejects a path that leaves the first frame', () => {
    expectOnlyIssue(
      {
        image: FRAME,
        dynamicMasks: [
          {
            mask: pngBase64(800, 450),
            trajectories: [
              { x: 10, y: 10 },
              { x: 801, y: 10 },
            ],
          },
        ],
      },
      {
        field: 'dynamicMasks.0.trajectories',
        rule: 'trajectory_bounds',
        params: { width: 800, height: 450 },
        message: /^dynamic_masks\[0\]\.trajectories must lie inside the first frame \(0 to 800 by 0 to 450 px\)$/,
      },
    );
  });

  it('cannot see a linked first frame: the masks only have to agree with each other', () => {
    expect(
      check({
        image: URL_A,
        staticMask: pngBase64(400, 400),
        dynamicMasks: [
          {
            mask: pngBase64(400, 400),
            trajectories: [
              { x: 5000, y: 0 },
              { x: 0, y: 0 },
            ],
          },
        ],
      }),
    ).toEqual([]);
  });
});
