/** One ISO BMFF box: `start`..`end` is the whole box, `body` is where its payload begins. */
export type Mp4Box = { type: string; start: number; end: number; body: number };

export function fourCC(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

/** Boxes laid end to end in [from, to). Stops at a box that overruns its parent instead of throwing. */
export function* mp4Boxes(view: DataView, from: number, to: number): Generator<Mp4Box> {
  let pos = from;
  while (pos + 8 <= to) {
    let size = view.getUint32(pos);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > to) return;
      size = Number(view.getBigUint64(pos + 8));
      header = 16;
    } else if (size === 0) {
      size = to - pos; // the box runs to the end of its parent
    }
    if (size < header || pos + size > to) return;
    yield { type: fourCC(view, pos + 4), start: pos, end: pos + size, body: pos + header };
    pos += size;
  }
}

/** First child of `parent` (a box, or the file given as { body: 0, end: length }) with the given type. */
export function mp4Child(view: DataView, parent: Pick<Mp4Box, 'body' | 'end'>, type: string): Mp4Box | undefined {
  for (const box of mp4Boxes(view, parent.body, parent.end)) if (box.type === type) return box;
  return undefined;
}

/** Follows a path of box types, e.g. ['mdia', 'minf', 'stbl']. */
export function mp4Path(view: DataView, parent: Pick<Mp4Box, 'body' | 'end'>, path: readonly string[]): Mp4Box | undefined {
  let box: Mp4Box | undefined;
  let current = parent;
  for (const type of path) {
    box = mp4Child(view, current, type);
    if (!box) return undefined;
    current = box;
  }
  return box;
}

/** The `trak` boxes of a `moov` whose handler is `vide`. */
export function mp4VideoTracks(view: DataView, moov: Mp4Box): Mp4Box[] {
  return [...mp4Boxes(view, moov.body, moov.end)].filter((trak) => {
    const hdlr = trak.type === 'trak' ? mp4Path(view, trak, ['mdia', 'hdlr']) : undefined;
    return hdlr !== undefined && hdlr.body + 12 <= hdlr.end && fourCC(view, hdlr.body + 8) === 'vide';
  });
}
