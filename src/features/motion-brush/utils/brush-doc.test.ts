import { describe, expect, it } from 'vitest';
import { addRegion, addStroke, canAddRegion, clearRegion, emptyDoc, removeRegion, type BrushDoc } from './brush-doc.ts';

const withDynamic = (doc: BrushDoc, n: number): BrushDoc =>
  Array.from({ length: n }).reduce<BrushDoc>((d) => addRegion(d, 'dynamic')!.doc, doc);

describe('brush document', () => {
  it('takes one static region, listed first, and at most six moving ones', () => {
    const doc = addRegion(withDynamic(emptyDoc(), 6), 'static')!.doc;
    expect(doc.regions.map((r) => r.kind)).toEqual(['static', ...Array(6).fill('dynamic')]);
    expect(canAddRegion(doc, 'dynamic')).toBe(false);
    expect(addRegion(doc, 'dynamic')).toBeNull();
    expect(addRegion(doc, 'static')).toBeNull();
  });

  it('removes a region with its strokes', () => {
    const { doc, id } = addRegion(emptyDoc(), 'dynamic')!;
    const painted = addStroke(doc, { region: id, erase: false, radius: 0.1, points: [{ x: 0, y: 0 }] });
    expect(removeRegion(painted, id)).toEqual(emptyDoc());
  });

  it('clears a region in place under a fresh id, so imported paint under the old id is dropped too', () => {
    const { doc, id } = addRegion(emptyDoc(), 'dynamic')!;
    const painted = addStroke(
      {
        ...doc,
        regions: [
          {
            id,
            kind: 'dynamic',
            path: [
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ],
          },
        ],
      },
      { region: id, erase: false, radius: 0.1, points: [{ x: 0, y: 0 }] },
    );
    const cleared = clearRegion(painted, id);
    expect(cleared.strokes).toEqual([]);
    expect(cleared.regions).toEqual([{ id: id + 1, kind: 'dynamic', path: [] }]);
  });
});
