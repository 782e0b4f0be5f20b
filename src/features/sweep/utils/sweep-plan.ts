import { checkRequest, type RuleIssue } from '../../../api/check-request.ts';
import { cameraAxes, cameraTypes, modes, type CameraAxis } from '../../../api/contract-limits.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { adviseModel, knownModels, type ModelAdvice } from '../../../api/model-capabilities.ts';
import type { SetMembership } from '../../../generation/sets/comparison-set.ts';
import { truncate } from '../../../lib/format.ts';
import type { SubmissionDraft } from '../../../generation/submission.ts';

// A sweep: the composer's request sent once per value of one parameter, as one
// comparison set. Pure, so the plan a person sees before sending is exactly what
// is sent.

export const sweepParameters = ['cfgScale', 'mode', 'duration', 'cameraPreset', 'cameraAxis', 'negativePrompt', 'model'] as const;
export type SweepParameter = (typeof sweepParameters)[number];

export const SWEEP_MIN = 2;
export const SWEEP_MAX = 6;

/** The presets that take no axis values ("simple" is swept per axis instead). */
export const cameraPresets = cameraTypes.filter((type) => type !== 'simple');

/** Parameters whose values are picked from a fixed list rather than typed. */
export const pickedParameters: readonly SweepParameter[] = ['mode', 'cameraPreset'];

export const choicesFor = (parameter: SweepParameter): readonly string[] =>
  parameter === 'mode' ? modes : parameter === 'cameraPreset' ? cameraPresets : [];

/** Values to start from: a spread around what the composer holds. */
export const defaultValues = (parameter: SweepParameter, request: GenerationRequest): string[] => {
  switch (parameter) {
    case 'cfgScale':
      return ['0.2', '0.5', '0.8'];
    case 'mode':
      return [...modes];
    case 'duration':
      return ['5', '10'];
    case 'cameraPreset':
      return [...cameraPresets];
    case 'cameraAxis':
      return ['-5', '5'];
    case 'negativePrompt': {
      const current = request.negativePrompt.trim();
      return [...(current ? [current] : []), 'blurry, low quality', 'text, watermark, distorted faces'];
    }
    case 'model': {
      const current = request.model.trim();
      const other = knownModels.find((model) => model !== current) ?? '';
      return [current, other].filter(Boolean);
    }
  }
};

// Negative prompts hold commas, so they are one a line; everything else may also be comma-separated.
export const splitValues = (parameter: SweepParameter, text: string): string[] =>
  text
    .split(parameter === 'negativePrompt' ? /\n/ : /[\n,;]/)
    .map((value) => value.trim())
    .filter(Boolean);

export const joinValues = (parameter: SweepParameter, values: readonly string[]): string =>
  values.join(parameter === 'negativePrompt' ? '\n' : ', ');

/** The request field the set varies, as stored in its membership. */
export const fieldOf = (parameter: SweepParameter, axis: CameraAxis): string =>
  parameter === 'cameraPreset' ? 'cameraControl' : parameter === 'cameraAxis' ? `cameraControl.config.${axis}` : parameter;

// The raw metadata editor is merged last and would override the swept value in every member alike.
const wireKeys: Record<SweepParameter, string[]> = {
  cfgScale: ['cfg_scale'],
  mode: ['mode'],
  duration: ['duration'],
  cameraPreset: ['camera_control'],
  cameraAxis: ['camera_control'],
  negativePrompt: ['negative_prompt'],
  model: ['model', 'model_name'],
};

type Applied = { request: GenerationRequest; caption: string } | { problem: 'not_number' | 'not_choice' };

// What makes two values the same request: "0.50" is "0.5", and spacing in a negative prompt is not a difference.
const normalise = (parameter: SweepParameter, value: string): string => {
  const number = Number(value);
  if (parameter === 'cfgScale' || parameter === 'duration' || parameter === 'cameraAxis')
    return value !== '' && Number.isFinite(number) ? String(number) : value;
  return value.trim().replace(/\s+/g, ' ');
};

// Shortened captions can collide for different values (two long negative prompts alike at the start): number them.
const distinctCaptions = (items: SweepItem[]): SweepItem[] => {
  const owners = new Map<string, Set<string>>();
  for (const item of items)
    if (item.problem !== 'duplicate') owners.set(item.caption, (owners.get(item.caption) ?? new Set()).add(item.value));
  const seen = new Map<string, number>();
  return items.map((item) => {
    if (item.problem === 'duplicate' || (owners.get(item.caption)?.size ?? 0) < 2) return item;
    const n = (seen.get(item.caption) ?? 0) + 1;
    seen.set(item.caption, n);
    return { ...item, caption: `${item.caption} #${n}` };
  });
};

const applyValue = (base: GenerationRequest, parameter: SweepParameter, axis: CameraAxis, value: string): Applied => {
  const number = Number(value);
  const numeric = value !== '' && Number.isFinite(number);
  switch (parameter) {
    case 'cfgScale':
      return numeric ? { request: { ...base, cfgScale: number }, caption: `cfg ${number}` } : { problem: 'not_number' };
    case 'duration':
      return numeric ? { request: { ...base, duration: number }, caption: `${number} s` } : { problem: 'not_number' };
    case 'cameraAxis': {
      if (!numeric) return { problem: 'not_number' };
      const config = Object.fromEntries(cameraAxes.map((a) => [a, a === axis ? number : 0]));
      return { request: { ...base, cameraControl: { type: 'simple', config } }, caption: `${axis} ${number}` };
    }
    case 'mode':
      return value === 'std' || value === 'pro' ? { request: { ...base, mode: value }, caption: value } : { problem: 'not_choice' };
    case 'cameraPreset':
      return (cameraPresets as readonly string[]).includes(value)
        ? { request: { ...base, cameraControl: { type: value as (typeof cameraPresets)[number] } }, caption: value }
        : { problem: 'not_choice' };
    case 'negativePrompt':
      return { request: { ...base, negativePrompt: value }, caption: `− ${truncate(value, 32)}` };
    case 'model':
      return { request: { ...base, model: value }, caption: value };
  }
};

export type SweepItem = {
  value: string;
  caption: string;
  request: GenerationRequest | null;
  // What stops this value from being sent: a value that is not one, a repeat, or a rule Kling enforces.
  problem: 'not_number' | 'not_choice' | 'duplicate' | null;
  issues: RuleIssue[];
  advice: ModelAdvice[];
};

export type SweepPlan = {
  field: string;
  items: SweepItem[];
  count: 'too_few' | 'too_many' | null;
  // Composer problems the sweep does not change: they block every value alike.
  baseIssues: RuleIssue[];
  ready: boolean;
};

const key = (issue: RuleIssue) => `${issue.field}|${issue.rule}`;

// A value changes these fields, so the composer's own verdict on them no longer applies.
const touches = (parameter: SweepParameter, field: string): boolean => {
  const roots: Record<SweepParameter, string[]> = {
    cfgScale: ['cfgScale'],
    mode: ['mode'],
    duration: ['duration', 'multiShot'],
    cameraPreset: ['cameraControl', 'exclusive'],
    cameraAxis: ['cameraControl', 'exclusive'],
    negativePrompt: ['negativePrompt'],
    model: ['model'],
  };
  return roots[parameter].some((root) => field === root || field.startsWith(`${root}.`));
};

export type SweepInput = {
  request: GenerationRequest; // the composer's request, metadata merged
  composerIssues: RuleIssue[];
  parameter: SweepParameter;
  axis: CameraAxis;
  values: readonly string[];
};

export const planSweep = ({ request, composerIssues, parameter, axis, values }: SweepInput): SweepPlan => {
  const strip = new Set(wireKeys[parameter]);
  const base: GenerationRequest = {
    ...request,
    extraMetadata: Object.fromEntries(Object.entries(request.extraMetadata).filter(([k]) => !strip.has(k))),
  };
  const baseIssues = composerIssues.filter((issue) => !touches(parameter, issue.field));
  const seenBase = new Set(baseIssues.map(key));
  const seenValues = new Set<string>();
  const planned = values.map((value): SweepItem => {
    const applied = applyValue(base, parameter, axis, value);
    if ('problem' in applied) return { value, caption: value, request: null, problem: applied.problem, issues: [], advice: [] };
    const same = normalise(parameter, value);
    const duplicate = seenValues.has(same);
    seenValues.add(same);
    return {
      value,
      caption: applied.caption,
      request: applied.request,
      problem: duplicate ? 'duplicate' : null,
      issues: checkRequest(applied.request).filter((issue) => !seenBase.has(key(issue))),
      advice: adviseModel(applied.request),
    };
  });
  const items = distinctCaptions(planned);
  const count = items.length < SWEEP_MIN ? 'too_few' : items.length > SWEEP_MAX ? 'too_many' : null;
  const ready = count === null && baseIssues.length === 0 && items.every((item) => item.problem === null && item.issues.length === 0);
  return { field: fieldOf(parameter, axis), items, count, baseIssues, ready };
};

/**
 * One draft per value, as one set. Kling wants a new external_task_id per task, so a
 * chosen one gets the set's own random tail and the member's number: a second sweep
 * of the same draft never repeats an id.
 */
export const sweepDrafts = (plan: SweepPlan, setId: string): SubmissionDraft[] =>
  plan.items.flatMap((item, position) => {
    if (!item.request) return [];
    const tail = setId.split('-').pop();
    const externalTaskId = item.request.externalTaskId ? `${item.request.externalTaskId}-${tail}-${position + 1}` : null;
    const set: SetMembership = { id: setId, kind: 'sweep', parameter: plan.field, caption: item.caption, position };
    return [{ request: { ...item.request, externalTaskId }, set }];
  });
