import type { GenerationRequest } from '../api/generation-request.schema.ts';

// What a submit will cost, from an optional price table the person fills in
// settings. Pure and free of zod: the composer reads it on the start path.
// Type-only imports above are erased at build time.

/** One model's price per second of video, per mode; null = no price known. */
export type PriceRow = { model: string; std: number | null; pro: number | null };

/** Prices per second of generated video, in one unit ("credits", "USD", …). */
export type PriceTable = { unit: string; rows: PriceRow[] };

export type Estimate = {
  seconds: number;
  // null when there is no table, or any request's model/mode has no price: a partial sum would mislead.
  amount: number | null;
  unit: string | null;
  // "model mode" pairs the table has no price for, so the studio can say what to fill in.
  unpriced: string[];
};

type Priced = Pick<GenerationRequest, 'model' | 'mode' | 'duration' | 'multiShot'>;

/** Seconds of video one request asks for: a customised multi-shot is the sum of its shots, else `duration`. */
export const videoSeconds = (request: Pick<Priced, 'duration' | 'multiShot'>): number => {
  const shots = request.multiShot?.shotType === 'customize' ? request.multiShot.shots : [];
  const total = shots.length > 0 ? shots.reduce((sum, shot) => sum + shot.duration, 0) : request.duration;
  return Number.isFinite(total) && total > 0 ? total : 0;
};

/** The price per second for this model and mode, or null when the table has none. */
export const pricePerSecond = (table: PriceTable, model: string, mode: Priced['mode']): number | null => {
  const row = table.rows.find((r) => r.model.trim() === model.trim());
  const price = row ? row[mode] : null;
  return price !== null && price !== undefined && Number.isFinite(price) && price >= 0 ? price : null;
};

// Sums like 0.1 + 0.2 should read as 0.3, not 0.30000000000000004.
const tidy = (value: number): number => Math.round(value * 1e6) / 1e6;

export const estimate = (requests: readonly Priced[], table: PriceTable | null): Estimate => {
  const seconds = tidy(requests.reduce((sum, request) => sum + videoSeconds(request), 0));
  if (!table) return { seconds, amount: null, unit: null, unpriced: [] };
  let amount = 0;
  const unpriced = new Set<string>();
  for (const request of requests) {
    const price = pricePerSecond(table, request.model, request.mode);
    if (price === null) unpriced.add(`${request.model.trim()} ${request.mode}`);
    else amount += price * videoSeconds(request);
  }
  return { seconds, amount: unpriced.size > 0 ? null : tidy(amount), unit: table.unit, unpriced: [...unpriced] };
};

/** Whether the table prices anything at all (an all-empty table is the same as none). */
export const hasPrices = (table: PriceTable | null): table is PriceTable =>
  Boolean(table?.rows.some((row) => row.std !== null || row.pro !== null));

/** The table to price with: one whose every box is empty is no table (seconds only, not "no price for …"). */
export const pricedOrNull = (table: PriceTable | null): PriceTable | null => (hasPrices(table) ? table : null);
