import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../api/check-request.ts';
import { defaultGenerationRequest, type GenerationRequest } from '../../../api/generation-request.schema.ts';
import { defaultValues, joinValues, planSweep, splitValues, sweepDrafts, type SweepInput } from './sweep-plan.ts';

const base = (over: Partial<GenerationRequest> = {}): GenerationRequest => ({
  ...defaultGenerationRequest(),
  prompt: 'a red kite over dunes',
  ...over,
});
const plan = (over: Partial<SweepInput> = {}) => {
  const request = over.request ?? base();
  return planSweep({
    request,
    composerIssues: checkRequest(request),
    parameter: 'cfgScale',
    axis: 'zoom',
    values: ['0.2', '0.5', '0.8'],
    ...over,
  });
};

describe('splitValues', () => {
  it('splits numbers on commas and lines, negative prompts on lines only', () => {
    expect(splitValues('cfgScale', '0.2, 0.5,\n0.8 ,, ')).toEqual(['0.2', '0.5', '0.8']);
    expect(splitValues('negativePrompt', 'blurry, dark\n\n text ')).toEqual(['blurry, dark', 'text']);
    expect(joinValues('negativePrompt', ['a, b', 'c'])).toBe('a, b\nc');
  });
});

describe('planSweep', () => {
  it('makes one request per cfg value, captioned, and nothing else changes', () => {
    const result = plan();
    expect(result.ready).toBe(true);
    expect(result.field).toBe('cfgScale');
    expect(result.items.map((i) => i.caption)).toEqual(['cfg 0.2', 'cfg 0.5', 'cfg 0.8']);
    expect(result.items.map((i) => i.request?.cfgScale)).toEqual([0.2, 0.5, 0.8]);
    expect(result.items.every((i) => i.request?.prompt === 'a red kite over dunes' && i.request.mode === 'std')).toBe(true);
  });
  it('shows Kling’s rule for a value out of range, and a word that is not a number', () => {
    const result = plan({ values: ['0.5', '1.5', 'high'] });
    expect(result.ready).toBe(false);
    expect(result.items[1]?.issues.map((i) => i.rule)).toEqual(['cfg_range']);
    expect(result.items[2]?.problem).toBe('not_number');
  });
  it('flags a repeated value', () => {
    expect(plan({ values: ['0.5', '.5'] }).items[1]?.problem).toBe('duplicate');
  });
  it('tells apart long negative prompts that shorten alike, and still catches a respaced repeat', () => {
    const long = 'blurry, low quality, washed out colours, ';
    const values = [`${long}bad hands`, `${long}extra fingers`, `  ${long.replace(', ', ',   ')}bad hands`];
    const result = plan({ parameter: 'negativePrompt', values });
    expect(result.items.map((i) => i.problem)).toEqual([null, null, 'duplicate']);
    const [first, second] = result.items;
    expect(first?.caption).not.toBe(second?.caption);
    expect(first?.caption.endsWith(' #1')).toBe(true);
    expect(second?.caption.endsWith(' #2')).toBe(true);
    expect(plan({ parameter: 'negativePrompt', values: ['dark', 'text'] }).items.map((i) => i.caption)).toEqual(['− dark', '− text']);
  });
  it('needs two to six values', () => {
    expect(plan({ values: ['0.5'] }).count).toBe('too_few');
    expect(plan({ values: ['0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6'] }).count).toBe('too_many');
  });
  it('is blocked by a composer problem the sweep does not change', () => {
    const request = base({ prompt: '' });
    const result = plan({ request });
    expect(result.baseIssues.map((i) => i.field)).toEqual(['prompt']);
    expect(result.ready).toBe(false);
  });
  it('ignores the composer’s verdict on the swept field', () => {
    const request = base({ cfgScale: 3 });
    expect(plan({ request }).ready).toBe(true);
  });
  it('drops a metadata override of the swept field, so the values really differ', () => {
    const request = base({ extraMetadata: { cfg_scale: 0.1, foo: 1 } });
    expect(plan({ request }).items[0]?.request?.extraMetadata).toEqual({ foo: 1 });
  });
  it('moves exactly one camera axis per value', () => {
    const result = plan({ parameter: 'cameraAxis', axis: 'pan', values: ['-5', '0', '5'] });
    expect(result.field).toBe('cameraControl.config.pan');
    expect(result.items[0]?.request?.cameraControl).toEqual({
      type: 'simple',
      config: { horizontal: 0, vertical: 0, pan: -5, tilt: 0, roll: 0, zoom: 0 },
    });
    expect(result.items[1]?.issues.map((i) => i.rule)).toEqual(['camera_one_axis']);
    expect(result.items.map((i) => i.caption)).toEqual(['pan -5', 'pan 0', 'pan 5']);
  });
  it('sweeps camera presets, modes, models and negative prompts', () => {
    expect(plan({ parameter: 'cameraPreset', values: ['down_back', 'forward_up'] }).items[1]?.request?.cameraControl).toEqual({
      type: 'forward_up',
    });
    expect(plan({ parameter: 'cameraPreset', values: ['simple'] }).items[0]?.problem).toBe('not_choice');
    expect(plan({ parameter: 'mode', values: ['std', 'pro'] }).items.map((i) => i.request?.mode)).toEqual(['std', 'pro']);
    const models = plan({ parameter: 'model', values: ['kling-v3', 'kling-v2-6'], request: base({ cfgScale: 0.5 }) });
    expect(models.items[1]?.advice.map((a) => a.rule)).toEqual(['model_feature']);
    expect(models.ready).toBe(true);
    const negatives = plan({ parameter: 'negativePrompt', values: ['blurry', 'a very long list of things nobody wants to see'] });
    expect(negatives.items[1]?.caption).toBe('− a very long list of things nobo…');
  });
  it('starts from sensible values', () => {
    expect(defaultValues('cfgScale', base())).toEqual(['0.2', '0.5', '0.8']);
    expect(defaultValues('model', base())).toEqual(['kling-v3', 'kling-v2-6']);
    expect(defaultValues('negativePrompt', base({ negativePrompt: 'smoke' }))[0]).toBe('smoke');
  });
});

describe('sweepDrafts', () => {
  it('sends one draft per value as one set, in order', () => {
    const drafts = sweepDrafts(plan(), 'set-1');
    expect(drafts.map((d) => d.set)).toEqual([
      { id: 'set-1', kind: 'sweep', parameter: 'cfgScale', caption: 'cfg 0.2', position: 0 },
      { id: 'set-1', kind: 'sweep', parameter: 'cfgScale', caption: 'cfg 0.5', position: 1 },
      { id: 'set-1', kind: 'sweep', parameter: 'cfgScale', caption: 'cfg 0.8', position: 2 },
    ]);
  });
  it('gives each member its own external_task_id', () => {
    const drafts = sweepDrafts(plan({ request: base({ externalTaskId: 'shot-7' }) }), 'set-lz1-ab12cd');
    expect(drafts.map((d) => d.request.externalTaskId)).toEqual(['shot-7-ab12cd-1', 'shot-7-ab12cd-2', 'shot-7-ab12cd-3']);
  });
});
