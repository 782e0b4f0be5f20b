import Papa from 'papaparse';
import { checkRequest } from '../../../api/check-request.ts';
import { aspectRatios, cameraTypes, modes } from '../../../api/contract-limits.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';

// A batch is rows of overrides on the composer's current draft: one prompt a line,
// or a CSV with a `prompt` column and any parameter columns. Every row is checked
// with Kling's rules (check-request.ts, as the composer does) before anything is sent.

export type BatchProblem = {
  row: number; // the line in the pasted text or the file (the CSV header is line 1)
  column: string;
  // 'rules.<rule>' comes from check-request.ts; 'batch.problems.<rule>' from reading the row.
  key: string;
  params: Record<string, string | number>;
  message: string; // plain English, the fallback
};

export type BatchRow = { row: number; request: GenerationRequest; problems: BatchProblem[] };
export type BatchReading = { rows: BatchRow[]; fileProblems: BatchProblem[]; ignoredColumns: string[] };

type Apply = (
  request: GenerationRequest,
  value: string,
) => GenerationRequest | { rule: string; params: Record<string, string | number>; message: string };

const choice = <T extends string>(choices: readonly T[], value: string) => {
  const v = value.trim().toLowerCase();
  return (choices as readonly string[]).includes(v) ? (v as T) : null;
};
const badChoice = (choices: readonly string[], value: string) => ({
  rule: 'choice',
  params: { choices: choices.join(', '), value },
  message: `must be one of ${choices.join(', ')} (it is "${value}")`,
});
const number = (value: string) => {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) ? n : null;
};
const badNumber = (value: string) => ({ rule: 'number', params: { value }, message: `must be a number (it is "${value}")` });

const cameraPresets = cameraTypes.filter((type) => type !== 'simple');

// The columns a file may have, by their Kling (snake_case) names, and the request field each sets.
const columns: Record<string, { field: string; apply: Apply }> = {
  prompt: { field: 'prompt', apply: (r, v) => ({ ...r, prompt: v.trim() }) },
  negative_prompt: { field: 'negativePrompt', apply: (r, v) => ({ ...r, negativePrompt: v.trim() }) },
  model_name: { field: 'model', apply: (r, v) => ({ ...r, model: v.trim() }) },
  mode: { field: 'mode', apply: (r, v) => (choice(modes, v) ? { ...r, mode: choice(modes, v)! } : badChoice(modes, v)) },
  duration: { field: 'duration', apply: (r, v) => (number(v) === null ? badNumber(v) : { ...r, duration: number(v)! }) },
  aspect_ratio: {
    field: 'aspectRatio',
    apply: (r, v) => (choice(aspectRatios, v) ? { ...r, aspectRatio: choice(aspectRatios, v)! } : badChoice(aspectRatios, v)),
  },
  cfg_scale: { field: 'cfgScale', apply: (r, v) => (number(v) === null ? badNumber(v) : { ...r, cfgScale: number(v) }) },
  sound: {
    field: 'sound',
    apply: (r, v) => (choice(['on', 'off'], v) ? { ...r, sound: choice(['on', 'off'] as const, v) } : badChoice(['on', 'off'], v)),
  },
  camera: {
    field: 'cameraControl',
    apply: (r, v) => {
      if (v.trim().toLowerCase() === 'none') return { ...r, cameraControl: null };
      const type = choice(cameraPresets, v);
      return type ? { ...r, cameraControl: { type } } : badChoice([...cameraPresets, 'none'], v);
    },
  },
};
const aliases: Record<string, string> = {
  model: 'model_name',
  negative: 'negative_prompt',
  camera_preset: 'camera',
  camera_control: 'camera',
  aspect: 'aspect_ratio',
  cfg: 'cfg_scale',
};
export const batchColumns = Object.keys(columns);

const columnOfField = (field: string, present: readonly string[]) => {
  const top = field.split('.')[0]!;
  return present.find((name) => columns[name]?.field === top) ?? top;
};

const buildRow = (base: GenerationRequest, row: number, cells: [string, string][]): BatchRow => {
  // A batch shares the draft's settings but never its own task id: that is unique per account.
  let request: GenerationRequest = { ...base, externalTaskId: null };
  const problems: BatchProblem[] = [];
  for (const [name, value] of cells) {
    const column = columns[name];
    // An empty cell keeps the draft's value, except the prompt: each row is its own clip,
    // so a row without one is an error ("required"), not a copy of the composer's prompt.
    if (name === 'prompt' && value.trim() === '') {
      request = { ...request, prompt: '' };
      continue;
    }
    if (!column || value.trim() === '') continue;
    const next = column.apply(request, value);
    if ('rule' in next)
      problems.push({ row, column: name, key: `batch.problems.${next.rule}`, params: next.params, message: next.message });
    else request = next;
  }
  const present = cells.map(([name]) => name);
  for (const issue of checkRequest(request))
    problems.push({
      row,
      column: columnOfField(issue.field, present),
      key: `rules.${issue.rule}`,
      params: issue.params,
      message: issue.message,
    });
  return { row, request, problems };
};

/** One prompt a line; blank lines are skipped. */
export const readPromptLines = (text: string, base: GenerationRequest): BatchReading => ({
  rows: text
    .split(/\r?\n/)
    .map((line, index) => ({ line, row: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, row }) => buildRow(base, row, [['prompt', line]])),
  fileProblems: [],
  ignoredColumns: [],
});

export const readCsv = (text: string, base: GenerationRequest): BatchReading => {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => {
      const name = header
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      return aliases[name] ?? name;
    },
  });
  const headers = parsed.meta.fields ?? [];
  const fileProblems: BatchProblem[] = parsed.errors.map((error) => ({
    row: (error.row ?? 0) + 2,
    column: '',
    key: 'batch.problems.csv',
    params: { detail: error.message },
    message: `the line could not be read (${error.message})`,
  }));
  if (!headers.includes('prompt'))
    fileProblems.unshift({
      row: 1,
      column: 'prompt',
      key: 'batch.problems.noPromptColumn',
      params: {},
      message: 'the file has no "prompt" column',
    });
  const rows = fileProblems.some((p) => p.row === 1)
    ? []
    : parsed.data.map((record, index) =>
        buildRow(
          base,
          index + 2,
          headers.map((name) => [name, String(record[name] ?? '')]),
        ),
      );
  return { rows, fileProblems, ignoredColumns: headers.filter((name) => !columns[name]) };
};

/** A clip's caption in its set: the prompt, shortened. */
export const captionOf = (prompt: string, max = 60): string => {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};
