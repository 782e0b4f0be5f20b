import { round } from './stats.ts';

// One line of the bench table: a figure, the baseline measured in the same run, their
// ratio, and the budget it is held to (if any).

export type Budget =
  | { kind: 'ratio-max'; max: number } // value / baseline must be at most `max`
  | { kind: 'ratio-min'; min: number } // value / baseline must be at least `min`
  | { kind: 'value-max'; max: number } // the value itself must be at most `max`
  | { kind: 'value-lt'; max: number } // the value itself must be below `max`
  | { kind: 'equals'; value: number }; // e.g. zero requests

export type Row = {
  section: string;
  figure: string;
  unit: string;
  value: number;
  baseline: number | null;
  baselineLabel: string | null;
  budget: Budget | null;
};

export type JudgedRow = Row & { ratio: number | null; budgetText: string; pass: boolean | null };

const ratioOf = (row: Row) => (row.baseline === null || row.baseline === 0 ? null : row.value / row.baseline);

const budgetText = (budget: Budget | null, unit: string): string => {
  if (!budget) return '—';
  switch (budget.kind) {
    case 'ratio-max':
      return `≤ ${budget.max}×`;
    case 'ratio-min':
      return `≥ ${budget.min}×`;
    case 'value-max':
      return `≤ ${budget.max} ${unit}`;
    case 'value-lt':
      return `< ${budget.max} ${unit}`;
    case 'equals':
      return `= ${budget.value}`;
  }
};

export const judge = (row: Row): JudgedRow => {
  const ratio = ratioOf(row);
  const { budget } = row;
  let pass: boolean | null = null;
  if (budget && Number.isFinite(row.value)) {
    if (budget.kind === 'ratio-max') pass = ratio !== null && ratio <= budget.max;
    else if (budget.kind === 'ratio-min') pass = ratio !== null && ratio >= budget.min;
    else if (budget.kind === 'value-max') pass = row.value <= budget.max;
    else if (budget.kind === 'value-lt') pass = row.value < budget.max;
    else pass = row.value === budget.value;
  } else if (budget) pass = false; // a figure that could not be measured fails its budget
  return {
    ...row,
    ratio: ratio === null ? null : ratio < 0.1 ? Number(ratio.toPrecision(2)) : round(ratio, 2),
    budgetText: budgetText(budget, row.unit),
    pass,
  };
};

const fmt = (value: number | null, unit = ''): string => {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  const text = Math.abs(value) >= 100 ? String(Math.round(value)) : String(round(value, Math.abs(value) >= 10 ? 1 : 2));
  return unit ? `${text} ${unit}` : text;
};

export const formatTable = (rows: JudgedRow[]): string => {
  const header = ['section', 'figure', 'value', 'baseline', 'ratio', 'budget', 'result'];
  const lines = rows.map((row) => [
    row.section,
    row.figure,
    fmt(row.value, row.unit),
    row.baseline === null ? '—' : `${fmt(row.baseline, row.unit)}${row.baselineLabel ? ` (${row.baselineLabel})` : ''}`,
    row.ratio === null ? '—' : `${row.ratio}×`,
    row.budgetText,
    row.pass === null ? '' : row.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join('\n');
};
