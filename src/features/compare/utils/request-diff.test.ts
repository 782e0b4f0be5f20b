import { describe, expect, it } from 'vitest';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import { defaultGenerationRequest } from '../../../api/generation-request.ts';
import { lastRequestDiff, requestDiff } from './request-diff.ts';

const base: GenerationRequest = { ...defaultGenerationRequest(), prompt: 'a lighthouse at dusk', externalTaskId: 'studio-1' };

describe('requestDiff', () => {
  it('lists only the parameters that differ, ignoring ids', () => {
    const rows = requestDiff([base, { ...base, mode: 'pro', externalTaskId: 'studio-2' }]);
    expect(rows).toEqual([
      {
        field: 'mode',
        values: [
          { type: 'mode', mode: 'std' },
          { type: 'mode', mode: 'pro' },
        ],
      },
    ]);
  });

  it('is empty for identical requests and for a single member', () => {
    expect(requestDiff([base, { ...base }])).toEqual([]);
    expect(requestDiff([base])).toEqual([]);
  });

  it('describes sweeps, unset values, cameras and images in plain terms', () => {
    const rows = requestDiff([
      { ...base, cfgScale: 0.2, image: 'data:a', cameraControl: { type: 'simple', config: { zoom: 5, pan: 0 } } },
      { ...base, cfgScale: 0.8, image: 'data:b', cameraControl: { type: 'down_back' } },
      { ...base, image: 'data:a' },
    ]);
    expect(rows.map((row) => row.field)).toEqual(['cfgScale', 'cameraControl', 'image']);
    expect(rows[0]?.values).toEqual([{ type: 'text', text: '0.2' }, { type: 'text', text: '0.8' }, { type: 'unset' }]);
    expect(rows[1]?.values).toEqual([{ type: 'text', text: 'simple: zoom 5' }, { type: 'text', text: 'down_back' }, { type: 'unset' }]);
    expect(rows[2]?.values).toEqual([
      { type: 'image', n: 1 },
      { type: 'image', n: 2 },
      { type: 'image', n: 1 },
    ]);
  });

  it('marks a member whose request is unknown', () => {
    const rows = requestDiff([base, null, { ...base, mode: 'pro' }]);
    expect(rows).toEqual([{ field: 'mode', values: [{ type: 'mode', mode: 'std' }, { type: 'unknown' }, { type: 'mode', mode: 'pro' }] }]);
    expect(requestDiff([base, null])).toEqual([]);
  });

  it('compares nested values by content, not by key order or reference', () => {
    const camera = (zoom: number) => ({ type: 'simple' as const, config: { pan: 0, zoom } });
    expect(
      requestDiff([
        { ...base, cameraControl: camera(5) },
        { ...base, cameraControl: { config: { zoom: 5, pan: 0 }, type: 'simple' } },
      ]),
    ).toEqual([]);
    expect(
      requestDiff([
        { ...base, cameraControl: camera(5) },
        { ...base, cameraControl: camera(6) },
      ]).map((row) => row.field),
    ).toEqual(['cameraControl']);
  });
});

describe('lastRequestDiff', () => {
  it('recomputes only when a request changes, not when the list is rebuilt', () => {
    const diff = lastRequestDiff();
    const pro = { ...base, mode: 'pro' as const };
    const first = diff([base, pro]);
    expect(diff([base, pro])).toBe(first);
    const changed = diff([base, { ...pro }]);
    expect(changed).not.toBe(first);
    expect(changed).toEqual(first);
    expect(diff([base])).toEqual([]);
  });
});
