import { describe, expect, it } from 'vitest';
import { readSavedTable } from './price-store.ts';

describe('readSavedTable', () => {
  it('keeps a saved table as it was', () => {
    const table = { unit: 'USD', rows: [{ model: 'kling-v3', std: 0.1, pro: null }] };
    expect(readSavedTable({ table })).toEqual(table);
  });
  it('starts empty from nothing or from something that is not a table', () => {
    for (const saved of [undefined, null, 'x', { table: 3 }, { table: null }])
      expect(readSavedTable(saved)).toEqual({ unit: 'credits', rows: [] });
  });
  it('drops rows and prices that do not read', () => {
    const saved = {
      table: { unit: 7, rows: [null, { model: '' }, { model: 'm', std: '1', pro: -2 }, { model: 'n', std: 2, pro: Infinity }, 'row'] },
    };
    expect(readSavedTable(saved)).toEqual({
      unit: 'credits',
      rows: [
        { model: 'm', std: null, pro: null },
        { model: 'n', std: 2, pro: null },
      ],
    });
  });
});
