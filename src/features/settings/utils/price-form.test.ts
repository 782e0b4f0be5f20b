import { describe, expect, it } from 'vitest';
import { cellKey, parseForm, parsePrice, toForm } from './price-form.ts';

describe('parsePrice', () => {
  it('reads empty as no price and decimals as numbers', () => {
    expect(parsePrice('')).toEqual({ value: null });
    expect(parsePrice('  ')).toEqual({ value: null });
    expect(parsePrice('0.35')).toEqual({ value: 0.35 });
    expect(parsePrice(' 2 ')).toEqual({ value: 2 });
    expect(parsePrice('.5')).toEqual({ value: 0.5 });
    expect(parsePrice('0')).toEqual({ value: 0 });
  });
  it('says what is wrong with anything else', () => {
    expect(parsePrice('-1')).toEqual({ problem: 'negative' });
    expect(parsePrice('abc')).toEqual({ problem: 'not_number' });
    expect(parsePrice('1,5')).toEqual({ problem: 'not_number' });
    expect(parsePrice('1e3')).toEqual({ problem: 'not_number' });
    expect(parsePrice('Infinity')).toEqual({ problem: 'not_number' });
  });
});

describe('toForm', () => {
  it('lists every known model, then the table’s other models', () => {
    const form = toForm(
      {
        unit: 'USD',
        rows: [
          { model: 'mine', std: 1, pro: null },
          { model: 'kling-v3', std: 0.5, pro: 1 },
        ],
      },
      ['kling-v3', 'kling-v1'],
    );
    expect(form).toEqual({
      unit: 'USD',
      rows: [
        { model: 'kling-v3', std: '0.5', pro: '1' },
        { model: 'kling-v1', std: '', pro: '' },
        { model: 'mine', std: '1', pro: '' },
      ],
    });
  });
});

describe('parseForm', () => {
  it('keeps only priced rows and trims names', () => {
    const { table, problems } = parseForm({
      unit: ' credits ',
      rows: [
        { model: 'kling-v3', std: '0.35', pro: '' },
        { model: 'kling-v1', std: '', pro: '' },
        { model: ' mine ', std: '', pro: '2' },
      ],
    });
    expect(problems).toEqual({});
    expect(table).toEqual({
      unit: 'credits',
      rows: [
        { model: 'kling-v3', std: 0.35, pro: null },
        { model: 'mine', std: null, pro: 2 },
      ],
    });
  });
  it('names each bad cell', () => {
    const { problems } = parseForm({
      unit: '',
      rows: [
        { model: 'kling-v3', std: '-1', pro: 'lots' },
        { model: '', std: '1', pro: '' },
        { model: 'a', std: '1', pro: '' },
        { model: 'a', std: '2', pro: '' },
      ],
    });
    expect(problems).toEqual({
      [cellKey(0, 'std')]: 'negative',
      [cellKey(0, 'pro')]: 'not_number',
      [cellKey(1, 'model')]: 'model_required',
      [cellKey(3, 'model')]: 'model_duplicate',
      unit: 'unit_required',
    });
  });
  it('needs no unit when nothing is priced', () => {
    expect(parseForm({ unit: '', rows: [{ model: 'kling-v3', std: '', pro: '' }] }).problems).toEqual({});
  });
});
