import type { PriceRow, PriceTable } from '../../../generation/cost.ts';

// The price dialog edits text, so a half-typed "0." is not lost; this turns that
// text into a table and says, per cell, what is wrong in plain words.

export type PriceFormRow = { model: string; std: string; pro: string };
export type PriceForm = { unit: string; rows: PriceFormRow[] };
export type PriceProblem = 'not_number' | 'negative' | 'unit_required' | 'model_required' | 'model_duplicate';
export type PriceProblems = Record<string, PriceProblem>;

/** A cell's key in the problems map: `rows.2.pro`, `rows.0.model`, `unit`. */
export const cellKey = (index: number, column: keyof PriceFormRow) => `rows.${index}.${column}`;

const fromPrice = (price: number | null) => (price === null ? '' : String(price));

/** The form for a table: every known model gets a row, then any other model the table names. */
export const toForm = (table: PriceTable, knownModels: readonly string[]): PriceForm => {
  const byModel = new Map(table.rows.map((row) => [row.model, row]));
  const models = [...knownModels, ...table.rows.map((row) => row.model).filter((model) => !knownModels.includes(model))];
  return {
    unit: table.unit,
    rows: models.map((model) => {
      const row = byModel.get(model);
      return { model, std: fromPrice(row?.std ?? null), pro: fromPrice(row?.pro ?? null) };
    }),
  };
};

/** Empty is no price; otherwise a plain, non-negative decimal ("0.35", "2", ",5" is not one). */
export const parsePrice = (text: string): { value: number | null } | { problem: PriceProblem } => {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return { problem: 'not_number' };
  const value = Number(trimmed);
  if (value < 0) return { problem: 'negative' };
  return { value };
};

export type ParsedForm = { table: PriceTable; problems: PriceProblems };

export const parseForm = (form: PriceForm): ParsedForm => {
  const problems: PriceProblems = {};
  const rows: PriceRow[] = [];
  const seen = new Set<string>();
  form.rows.forEach((row, index) => {
    const model = row.model.trim();
    const prices = { std: parsePrice(row.std), pro: parsePrice(row.pro) };
    for (const column of ['std', 'pro'] as const) {
      const parsed = prices[column];
      if ('problem' in parsed) problems[cellKey(index, column)] = parsed.problem;
    }
    const std = 'value' in prices.std ? prices.std.value : null;
    const pro = 'value' in prices.pro ? prices.pro.value : null;
    const priced = row.std.trim() !== '' || row.pro.trim() !== '';
    if (!model) {
      if (priced) problems[cellKey(index, 'model')] = 'model_required';
      return;
    }
    if (seen.has(model)) {
      problems[cellKey(index, 'model')] = 'model_duplicate';
      return;
    }
    seen.add(model);
    // A row with no price at all is the same as no row: the table stays small.
    if (std !== null || pro !== null) rows.push({ model, std, pro });
  });
  const unit = form.unit.trim();
  if (!unit && rows.length > 0) problems.unit = 'unit_required';
  return { table: { unit, rows }, problems };
};
