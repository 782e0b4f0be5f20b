import { useEffect, useReducer, useState } from 'react';
import { dynamicRegions, emptyDoc, type BrushDoc } from '../utils/brush-doc.ts';
import { docFromMasks, docToMasks, type BrushMasks, type MaskCache } from '../utils/doc-masks.ts';
import type { FrameSize } from '../utils/kling-coords.ts';

// The document with its undo history, kept in step with the request: an edit is
// sent at once as masks; masks that arrive from outside (a reload, a remix, Reset)
// are read back into a fresh document.

const HISTORY_MAX = 100;

type State = {
  past: BrushDoc[];
  present: BrushDoc;
  future: BrushDoc[];
  source: BrushMasks | null; // the masks `present` stands for
  dynamicIds: number[]; // which region each dynamic_masks entry came from
  frameKey: string | null;
  unreadable: boolean;
};
type Sent = { masks: BrushMasks; dynamicIds: number[]; frameKey: string };
type Action =
  { type: 'import'; masks: BrushMasks; frame: FrameSize } | ({ type: 'commit'; doc: BrushDoc } & Sent) | ({ type: 'undo' | 'redo' } & Sent);

const keyOf = (frame: FrameSize) => `${frame.width}x${frame.height}`;

const reducer = (state: State, action: Action): State => {
  if (action.type === 'import') {
    const doc = docFromMasks(action.masks, action.frame);
    const present = doc ?? emptyDoc();
    return {
      past: [],
      present,
      future: [],
      source: action.masks,
      dynamicIds: dynamicRegions(present).map((r) => r.id),
      frameKey: keyOf(action.frame),
      unreadable: doc === null,
    };
  }
  const sent = { source: action.masks, dynamicIds: action.dynamicIds, frameKey: action.frameKey, unreadable: false };
  if (action.type === 'commit')
    return { ...state, ...sent, past: [...state.past, state.present].slice(-HISTORY_MAX), present: action.doc, future: [] };
  const [from, to] = action.type === 'undo' ? [state.past, state.future] : [state.future, state.past];
  const target = from.at(-1);
  if (!target) return state;
  const rest = from.slice(0, -1);
  const moved = [...to, state.present];
  return action.type === 'undo'
    ? { ...state, ...sent, past: rest, present: target, future: moved }
    : { ...state, ...sent, future: rest, present: target, past: moved };
};

const initial: State = { past: [], present: emptyDoc(), future: [], source: null, dynamicIds: [], frameKey: null, unreadable: false };

export const useBrush = (masks: BrushMasks, frame: FrameSize, onChange: (masks: BrushMasks) => void) => {
  const [state, dispatch] = useReducer(reducer, initial);
  const [cache] = useState<MaskCache>(() => new Map());
  const frameKey = keyOf(frame);
  // Masks that are not the ones this editor last sent came from outside: read them in.
  if (state.source?.staticMask !== masks.staticMask || state.source?.dynamicMasks !== masks.dynamicMasks)
    dispatch({ type: 'import', masks, frame });

  const send = (doc: BrushDoc): Sent => {
    const { staticMask, dynamicMasks, dynamicIds } = docToMasks(doc, frame, cache);
    onChange({ staticMask, dynamicMasks });
    return { masks: { staticMask, dynamicMasks }, dynamicIds, frameKey };
  };

  // A new first frame of another size: the same painting, sent again at the new size.
  const stale = state.frameKey !== null && state.frameKey !== frameKey && !state.unreadable && state.present.regions.length > 0;
  useEffect(() => {
    if (!stale) return;
    const { staticMask, dynamicMasks } = docToMasks(state.present, frame, cache);
    onChange({ staticMask, dynamicMasks });
  }, [stale, state.present, frame, onChange, cache]);

  return {
    doc: state.present,
    dynamicIds: state.dynamicIds,
    unreadable: state.unreadable,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    apply: (edit: (doc: BrushDoc) => BrushDoc) => {
      const doc = edit(state.present);
      if (doc !== state.present) dispatch({ type: 'commit', doc, ...send(doc) });
    },
    undo: () => {
      const doc = state.past.at(-1);
      if (doc) dispatch({ type: 'undo', ...send(doc) });
    },
    redo: () => {
      const doc = state.future.at(-1);
      if (doc) dispatch({ type: 'redo', ...send(doc) });
    },
  };
};
