import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PriceRow, PriceTable } from './cost.ts';

// The person's own prices (Kling's change by account and over time, so the studio
// ships none). Its own small store: the composer reads it on the start path, and
// it must survive reloads like the rest of the settings.

type PriceState = {
  table: PriceTable;
  setTable: (table: PriceTable) => void;
};

export const DEFAULT_UNIT = 'credits';
const emptyTable = (): PriceTable => ({ unit: DEFAULT_UNIT, rows: [] });

const price = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

/**
 * What was saved, kept only where it still reads as a price table: storage edited by
 * hand or by an older studio must not break the composer, which prices every render.
 * (No zod here: this runs on the start path.)
 */
export const readSavedTable = (saved: unknown): PriceTable => {
  const table = (saved as { table?: { unit?: unknown; rows?: unknown } } | null)?.table;
  if (!table || typeof table !== 'object') return emptyTable();
  const rows: PriceRow[] = Array.isArray(table.rows)
    ? table.rows.flatMap((row: { model?: unknown; std?: unknown; pro?: unknown } | null) =>
        row && typeof row.model === 'string' && row.model.trim() ? [{ model: row.model, std: price(row.std), pro: price(row.pro) }] : [],
      )
    : [];
  return { unit: typeof table.unit === 'string' ? table.unit : DEFAULT_UNIT, rows };
};

export const usePriceStore = create<PriceState>()(
  persist(
    (set) => ({
      table: emptyTable(),
      setTable: (table) => set({ table }),
    }),
    { name: 'kling-studio.prices', version: 1, merge: (saved, current) => ({ ...current, table: readSavedTable(saved) }) },
  ),
);
