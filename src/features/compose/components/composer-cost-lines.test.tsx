import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../lib/on-demand-strings.ts';
import { defaultGenerationRequest, type GenerationRequest } from '../../../api/generation-request.schema.ts';
import type { PriceTable } from '../../../generation/cost.ts';
import { ComposerCostLines } from './composer-cost-lines.tsx';

const request = (over: Partial<GenerationRequest> = {}): GenerationRequest => ({
  ...defaultGenerationRequest(),
  prompt: 'a kite',
  ...over,
});
const batches = (runs: number, over: Partial<GenerationRequest> = {}) => ({
  generate: Array.from({ length: runs }, () => request(over)),
  stdPro: [request({ ...over, mode: 'std' }), request({ ...over, mode: 'pro' })],
});
// Only the text a person reads: one line per <output>.
const lines = (html: string) => [...html.matchAll(/<output[^>]*>(.*?)<\/output>/g)].map((m) => (m[1] ?? '').replace(/<!-- -->/g, ''));

const render = (runs: number, table: PriceTable | null, over: Partial<GenerationRequest> = {}) =>
  lines(renderToStaticMarkup(<ComposerCostLines batches={batches(runs, over)} table={table} />));

describe('ComposerCostLines', () => {
  it('shows seconds of video only while no price is set', () => {
    expect(render(1, null)).toEqual(['5 s of video']);
    expect(render(2, null, { duration: 10 })).toEqual(['20 s of video']);
    // A table with every box empty is the same as none.
    expect(render(1, { unit: 'credits', rows: [{ model: 'kling-v3', std: null, pro: null }] })).toEqual(['5 s of video']);
  });

  it('prices the next submit × runs, and what Std + Pro would cost', () => {
    expect(render(2, { unit: 'credits', rows: [{ model: 'kling-v3', std: 0.35, pro: 0.7 }] })).toEqual([
      '10 s of video · 3.50 credits',
      'Std + Pro: 10 s of video · 5.25 credits',
    ]);
  });

  it('names what has no price rather than showing a partial sum', () => {
    expect(render(1, { unit: 'USD', rows: [{ model: 'kling-v3', std: 0.1, pro: null }] })).toEqual([
      '5 s of video · 0.50 USD',
      'Std + Pro: 10 s of video · no price set for kling-v3 pro',
    ]);
  });
});
