import { describe, expect, it } from 'vitest';
import { estimate, hasPrices, pricePerSecond, videoSeconds, type PriceTable } from './cost.ts';

const request = (over: Partial<Parameters<typeof estimate>[0][number]> = {}) => ({
  model: 'kling-v3',
  mode: 'std' as const,
  duration: 5,
  multiShot: null,
  ...over,
});

const table: PriceTable = {
  unit: 'credits',
  rows: [
    { model: 'kling-v3', std: 0.35, pro: 0.7 },
    { model: 'kling-v1', std: 0.1, pro: null },
  ],
};

describe('videoSeconds', () => {
  it('is the duration of a single-shot request', () => {
    expect(videoSeconds(request({ duration: 10 }))).toBe(10);
  });
  it('is the sum of the shots of a customised multi-shot', () => {
    const multiShot = {
      shotType: 'customize' as const,
      shots: [
        { prompt: 'a', duration: 3 },
        { prompt: 'b', duration: 4 },
      ],
    };
    expect(videoSeconds(request({ duration: 5, multiShot }))).toBe(7);
  });
  it('is the duration for an intelligent multi-shot (Kling splits it)', () => {
    expect(videoSeconds(request({ duration: 12, multiShot: { shotType: 'intelligence', shots: [] } }))).toBe(12);
  });
  it('counts nonsense as zero rather than NaN', () => {
    expect(videoSeconds(request({ duration: Number.NaN }))).toBe(0);
    expect(videoSeconds(request({ duration: -3 }))).toBe(0);
  });
});

describe('estimate', () => {
  it('gives seconds only without a table', () => {
    expect(estimate([request(), request({ duration: 10 })], null)).toEqual({ seconds: 15, amount: null, unit: null, unpriced: [] });
  });
  it('prices each request by its model and mode', () => {
    expect(estimate([request({ duration: 10 })], table)).toEqual({ seconds: 10, amount: 3.5, unit: 'credits', unpriced: [] });
    expect(estimate([request(), request({ mode: 'pro' })], table)).toEqual({ seconds: 10, amount: 5.25, unit: 'credits', unpriced: [] });
  });
  it('matches the model name ignoring surrounding spaces', () => {
    expect(estimate([request({ model: ' kling-v3 ' })], table).amount).toBe(1.75);
  });
  it('has no amount when any model or mode is unpriced', () => {
    expect(estimate([request(), request({ model: 'kling-v1', mode: 'pro' })], table)).toEqual({
      seconds: 10,
      amount: null,
      unit: 'credits',
      unpriced: ['kling-v1 pro'],
    });
    expect(estimate([request({ model: 'my-model' })], table).amount).toBeNull();
  });
  it('does not show floating-point noise', () => {
    const cheap: PriceTable = { unit: 'USD', rows: [{ model: 'kling-v3', std: 0.1, pro: 0.2 }] };
    expect(estimate([request({ duration: 1 }), request({ duration: 1, mode: 'pro' })], cheap).amount).toBe(0.3);
  });
  it('is zero for nothing to send', () => {
    expect(estimate([], table)).toEqual({ seconds: 0, amount: 0, unit: 'credits', unpriced: [] });
  });
});

describe('price lookups', () => {
  it('ignores negative or non-finite prices', () => {
    expect(pricePerSecond({ unit: 'x', rows: [{ model: 'm', std: -1, pro: Number.NaN }] }, 'm', 'std')).toBeNull();
    expect(pricePerSecond({ unit: 'x', rows: [{ model: 'm', std: -1, pro: Number.NaN }] }, 'm', 'pro')).toBeNull();
  });
  it('treats an all-empty table as no table', () => {
    expect(hasPrices(null)).toBe(false);
    expect(hasPrices({ unit: 'credits', rows: [{ model: 'kling-v3', std: null, pro: null }] })).toBe(false);
    expect(hasPrices(table)).toBe(true);
  });
});
