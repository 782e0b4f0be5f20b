import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest } from '../../../api/generation-request.schema.ts';
import { captionOf, readCsv, readPromptLines } from './batch-rows.ts';

const draft = {
  ...defaultGenerationRequest(),
  prompt: 'draft prompt',
  negativePrompt: 'blur',
  mode: 'pro' as const,
  duration: 5,
  externalTaskId: 'studio-once',
};

describe('readPromptLines', () => {
  it('makes one row a non-blank line, over the draft, numbered by line', () => {
    const { rows } = readPromptLines('A kite\n\n  A boat  \r\nA train', draft);
    expect(rows.map((r) => [r.row, r.request.prompt])).toEqual([
      [1, 'A kite'],
      [3, 'A boat'],
      [4, 'A train'],
    ]);
    expect(rows[0]!.request).toMatchObject({ negativePrompt: 'blur', mode: 'pro', externalTaskId: null });
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('checks each line with Kling’s rules', () => {
    const { rows } = readPromptLines(`ok\n${'x'.repeat(2501)}`, draft);
    expect(rows[1]!.problems).toEqual([expect.objectContaining({ row: 2, column: 'prompt', key: 'rules.too_long' })]);
  });
});

describe('readCsv', () => {
  it('applies parameter columns over the draft; an empty cell keeps the draft’s value', () => {
    const csv =
      'prompt,mode,duration,aspect_ratio,cfg_scale,Negative Prompt,camera\n"A kite, high",std,10,9:16,0.3,,down_back\nA boat,,,,,rain,\n';
    const { rows, fileProblems, ignoredColumns } = readCsv(csv, draft);
    expect(fileProblems).toEqual([]);
    expect(ignoredColumns).toEqual([]);
    expect(rows[0]!.request).toMatchObject({
      prompt: 'A kite, high',
      mode: 'std',
      duration: 10,
      aspectRatio: '9:16',
      cfgScale: 0.3,
      negativePrompt: 'blur',
      cameraControl: { type: 'down_back' },
    });
    expect(rows[1]!.request).toMatchObject({ prompt: 'A boat', mode: 'pro', duration: 5, negativePrompt: 'rain' });
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('says which row and column is wrong, in plain words', () => {
    const csv = 'prompt,mode,duration,cfg_scale,colour\nfine,std,5,0.5,red\nbad,ultra,twenty,1.5,blue\n,std,5,,\n';
    const { rows, ignoredColumns } = readCsv(csv, { ...draft, prompt: '' });
    expect(ignoredColumns).toEqual(['colour']);
    expect(rows[0]!.problems).toEqual([]);
    const second = rows[1]!.problems.map((p) => [p.row, p.column, p.key]);
    expect(second).toEqual([
      [3, 'mode', 'batch.problems.choice'],
      [3, 'duration', 'batch.problems.number'],
      [3, 'cfg_scale', 'rules.cfg_range'],
    ]);
    expect(rows[1]!.problems[0]!.message).toBe('must be one of std, pro (it is "ultra")');
    expect(rows[2]!.problems.map((p) => [p.row, p.column, p.key])).toEqual([[4, 'prompt', 'rules.required']]);
  });

  it('an empty prompt cell is a row error, not the composer’s prompt', () => {
    const { rows } = readCsv('prompt,mode\nA kite,std\n,pro\n', draft);
    expect(rows[1]!.problems.map((p) => [p.row, p.column, p.key])).toEqual([[3, 'prompt', 'rules.required']]);
    expect(rows[1]!.request.prompt).toBe('');
  });

  it('refuses a file without a prompt column', () => {
    const { rows, fileProblems } = readCsv('text,mode\nA kite,std\n', draft);
    expect(rows).toEqual([]);
    expect(fileProblems[0]).toMatchObject({ row: 1, column: 'prompt', key: 'batch.problems.noPromptColumn' });
  });

  it('reports a line with too few or too many fields', () => {
    const { fileProblems } = readCsv('prompt,mode\nA kite,std,extra\n', draft);
    expect(fileProblems[0]).toMatchObject({ row: 2, key: 'batch.problems.csv' });
  });
});

describe('captionOf', () => {
  it('shortens a long prompt on one line', () => {
    expect(captionOf('A  kite\nover dunes')).toBe('A kite over dunes');
    expect(captionOf('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });
});
