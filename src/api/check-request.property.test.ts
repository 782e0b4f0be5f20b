import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequest, type RuleIssue } from './check-request.ts';
import { CFG_MAX, CFG_MIN, DURATION_MAX, DURATION_MIN, DYNAMIC_MASKS_MAX, PROMPT_MAX, cameraAxes, cameraTypes } from './contract-limits.ts';
import { generationRequestSchema, type GenerationRequest } from './generation-request.schema.ts';

// Property tests: for any request, near the limits and far past them, every issue names
// its field (a real path into the request, and the wire name in the message) and its
// limit, and the length and range rules fire exactly when their limit is crossed.

const pngBase64 = (width: number, height: number): string => {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return Buffer.from(bytes).toString('base64');
};

const text = (around: number) =>
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer({ min: around - 5, max: around + 5 }).map((n) => 'x'.repeat(Math.max(0, n))),
  );
const number = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }));
const image = fc.oneof(
  fc.constant('https://example.com/frame.png'),
  fc.tuple(fc.integer({ min: 50, max: 4000 }), fc.integer({ min: 50, max: 4000 })).map(([w, h]) => pngBase64(w, h)),
  fc.constantFrom('data:image/png;base64,AAAA', 'not base64 at all!', 'QUJDRA=='),
);
const axes = fc.record(Object.fromEntries(cameraAxes.map((axis) => [axis, number(-15, 15)])), { requiredKeys: [] });

const requestArb: fc.Arbitrary<GenerationRequest> = fc
  .record({
    model: fc.constantFrom('kling-v3', '', '  '),
    prompt: text(PROMPT_MAX),
    negativePrompt: text(PROMPT_MAX),
    cfgScale: fc.option(number(-1, 2)),
    duration: number(-1, 20),
    image: fc.option(image),
    imageTail: fc.option(image),
    cameraControl: fc.option(fc.record({ type: fc.constantFrom(...cameraTypes), config: fc.option(axes, { nil: undefined }) })),
    staticMask: fc.option(image),
    dynamicMasks: fc.option(
      fc.array(fc.record({ mask: image, trajectories: fc.array(fc.record({ x: number(0, 500), y: number(0, 500) }), { maxLength: 80 }) }), {
        maxLength: 8,
      }),
    ),
    callbackUrl: fc.option(fc.constantFrom('', 'https://hooks.example/k', 'ftp://x', 'nonsense')),
    multiShot: fc.option(
      fc.record({
        shotType: fc.constantFrom('customize', 'intelligence'),
        shots: fc.array(fc.record({ prompt: text(512), duration: number(-1, 10) }), { maxLength: 8 }),
      }),
    ),
  })
  .map((fields) => generationRequestSchema.parse(fields));

const WIRE: Record<string, string> = {
  model: 'model',
  prompt: 'prompt',
  negativePrompt: 'negative_prompt',
  cfgScale: 'cfg_scale',
  duration: 'duration',
  image: 'image',
  imageTail: 'image_tail',
  cameraControl: 'camera_control',
  staticMask: 'static_mask',
  dynamicMasks: 'dynamic_masks',
  multiShot: 'multi_prompt',
  callbackUrl: 'callback_url',
};

// The limit each rule states; a new rule fails here until its limit is named.
const LIMIT: Record<string, (issue: RuleIssue) => RegExp> = {
  required: () => /is required/,
  too_long: (i) => new RegExp(`at most ${i.params.max} characters`),
  image_data_prefix: () => /without the "data:" prefix/,
  image_not_url_or_base64: () => /http\(s\) URL or Base64/,
  image_too_large: () => /at most 10 MB/,
  image_format: () => /JPG or PNG/,
  image_too_small: (i) => new RegExp(`at least ${i.params.min} px`),
  image_aspect: () => /between 1:2\.5 and 2\.5:1/,
  camera_config_not_allowed: () => /only allowed with type "simple"/,
  camera_axis_range: (i) => new RegExp(`between ${i.params.min} and ${i.params.max}`),
  camera_one_axis: () => /exactly one non-zero axis/,
  too_many_masks: (i) => new RegExp(`at most ${i.params.max} entries`),
  trajectory_points: (i) => new RegExp(`${i.params.min} to ${i.params.max} points`),
  trajectory_integers: () => /whole-pixel/,
  trajectory_bounds: (i) => new RegExp(`inside the first frame \\(0 to ${i.params.width} by 0 to ${i.params.height} px\\)`),
  mask_aspect: () => /the first frame's aspect ratio/,
  mask_resolution: () => /share one resolution/,
  shot_count: (i) => new RegExp(`${i.params.min} to ${i.params.max} shots`),
  shot_duration: () => /at least 1 second/,
  shot_total: (i) => new RegExp(`duration is ${i.params.duration} s`),
  cfg_range: (i) => new RegExp(`between ${i.params.min} and ${i.params.max}`),
  duration_range: (i) => new RegExp(`from ${i.params.min} to ${i.params.max}`),
  duration_fixed_5: () => /must be 5 s/,
  tail_needs_image: () => /needs a first frame/,
  exclusive_controls: () => /exclude one another/,
  url: () => /http\(s\) URL/,
};

const valueAt = (request: GenerationRequest, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], request);

const run = { numRuns: 300 };

describe('checkRequest (property)', () => {
  it('names the field and the limit in every issue', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const issue of checkRequest(request)) {
          const [root = ''] = issue.field.split('.');
          if (issue.field === 'exclusive') expect(issue.message).toMatch(/image_tail, masks and camera_control/);
          else {
            // A real path into the request (an absent camera axis counts as 0).
            if (issue.rule !== 'camera_axis_range') expect(valueAt(request, issue.field), issue.field).not.toBeUndefined();
            expect(issue.message).toContain(WIRE[root]);
          }
          const limit = LIMIT[issue.rule];
          expect(limit, `rule ${issue.rule} has no stated limit`).toBeDefined();
          expect(issue.message).toMatch(limit!(issue));
        }
      }),
      run,
    );
  });

  it('flags the text, cfg, duration and mask-count limits exactly when they are crossed', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const issues = checkRequest(request);
        const has = (field: string, rule: string) => issues.some((i) => i.field === field && i.rule === rule);
        expect(has('prompt', 'too_long')).toBe(request.prompt.length > PROMPT_MAX);
        expect(has('negativePrompt', 'too_long')).toBe(request.negativePrompt.length > PROMPT_MAX);
        const cfg = request.cfgScale;
        expect(has('cfgScale', 'cfg_range')).toBe(cfg !== null && (cfg < CFG_MIN || cfg > CFG_MAX));
        const d = request.duration;
        expect(has('duration', 'duration_range')).toBe(!Number.isInteger(d) || d < DURATION_MIN || d > DURATION_MAX);
        expect(has('dynamicMasks', 'too_many_masks')).toBe((request.dynamicMasks?.length ?? 0) > DYNAMIC_MASKS_MAX);
      }),
      run,
    );
  });

  it('passes a request well inside every limit', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: PROMPT_MAX }).filter((p) => p.trim() !== ''),
        fc.integer({ min: 3, max: 15 }),
        (prompt, duration) => {
          expect(checkRequest(generationRequestSchema.parse({ model: 'kling-v3', prompt, duration }))).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
