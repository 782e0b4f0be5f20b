import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../api/image-header.ts';
import { addRegion, addStroke, emptyDoc, setPath, type BrushDoc } from './brush-doc.ts';
import { docFromMasks, docToMasks } from './doc-masks.ts';
import { base64ToBytes, decodeMaskPng, encodeMaskPng } from './mask-png.ts';

const frame = { width: 320, height: 180 };

const paintedDoc = (): BrushDoc => {
  let doc = emptyDoc();
  const still = addRegion(doc, 'static')!;
  doc = addStroke(still.doc, { region: still.id, erase: false, radius: 0.05, points: [{ x: 0.1, y: 0.1 }] });
  const moving = addRegion(doc, 'dynamic')!;
  doc = addStroke(moving.doc, { region: moving.id, erase: false, radius: 0.1, points: [{ x: 0.5, y: 0.5 }] });
  return setPath(doc, moving.id, [
    { x: 0.5, y: 0.5 },
    { x: 0.9, y: 0.5 },
  ]);
};

describe('mask PNGs', () => {
  it('encodes Base64 without a data: prefix that decodes to a greyscale PNG of the given size', () => {
    const mask = Uint8Array.from([0, 255, 255, 0, 0, 0]);
    const base64 = encodeMaskPng(mask, 3, 2);
    expect(base64).toMatch(/^iVBORw0KGgo[A-Za-z0-9+/]+=*$/);
    const png = decode(base64ToBytes(base64));
    expect([png.width, png.height, png.channels, png.depth]).toEqual([3, 2, 1, 8]);
    expect(Array.from(png.data)).toEqual([0, 255, 255, 0, 0, 0]);
    expect(decodeMaskPng(base64)).toEqual({ width: 3, height: 2, mask });
  });

  it('reads nothing that is not a PNG', () => expect(decodeMaskPng('/9j/4AAQSkZJRg==')).toBeNull());
});

describe('docToMasks', () => {
  it('sends one mask per painted region at the first frame’s size, and the path in Kling’s pixels', () => {
    const sent = docToMasks(paintedDoc(), frame);
    const sizes = [sent.staticMask!, ...sent.dynamicMasks!.map((m) => m.mask)].map((b64) => readImageHeader(base64ToBytes(b64)));
    expect(sizes).toEqual([
      { format: 'png', width: 320, height: 180 },
      { format: 'png', width: 320, height: 180 },
    ]);
    const moving = decodeMaskPng(sent.dynamicMasks![0]!.mask)!;
    expect(moving.mask[90 * 320 + 160]).toBe(255); // the dot's centre
    expect(moving.mask[18 * 320 + 32]).toBe(0); // the static dot is not in it
    const trajectory = sent.dynamicMasks![0]!.trajectories;
    expect(trajectory).toHaveLength(65); // 128 px → 64 steps of 2 px
    expect(trajectory[0]).toEqual({ x: 160, y: 90 });
    expect(trajectory.at(-1)).toEqual({ x: 288, y: 90 });
  });

  it('sends nothing for regions without paint', () => {
    const doc = addRegion(addRegion(emptyDoc(), 'static')!.doc, 'dynamic')!.doc;
    expect(docToMasks(doc, frame)).toEqual({ staticMask: null, dynamicMasks: null, dynamicIds: [] });
  });

  it('comes back as the same document from what it sent (a reload or a remix)', () => {
    const sent = docToMasks(paintedDoc(), frame);
    const doc = docFromMasks(sent, frame)!;
    expect(doc.regions.map((r) => r.kind)).toEqual(['static', 'dynamic']);
    expect(doc.regions[1]!.path).toEqual([
      { x: 0.5, y: 0.5 },
      { x: 0.9, y: 0.5 },
    ]);
    const again = docToMasks(doc, frame);
    expect(again.staticMask).toBe(sent.staticMask);
    expect(again.dynamicMasks).toEqual(sent.dynamicMasks);
  });

  it('cannot edit a linked mask', () =>
    expect(docFromMasks({ staticMask: 'https://example.com/m.png', dynamicMasks: null }, frame)).toBeNull());
});

describe('docToMasks: the PNG cache', () => {
  it('re-encodes only the regions whose pixels changed', () => {
    const cache = new Map();
    const doc = paintedDoc();
    const first = docToMasks(doc, frame, cache);
    const moved = docToMasks(
      setPath(doc, doc.regions[1]!.id, [
        { x: 0.5, y: 0.5 },
        { x: 0.1, y: 0.1 },
      ]),
      frame,
      cache,
    );
    expect(moved.staticMask).toBe(first.staticMask);
    expect(moved.dynamicMasks![0]!.mask).toBe(first.dynamicMasks![0]!.mask);
    const repainted = docToMasks(
      addStroke(doc, { region: doc.regions[0]!.id, erase: false, radius: 0.05, points: [{ x: 0.9, y: 0.9 }] }),
      frame,
      cache,
    );
    expect(repainted.staticMask).not.toBe(first.staticMask);
    expect(repainted.dynamicMasks![0]!.mask).toBe(first.dynamicMasks![0]!.mask);
  });
});
