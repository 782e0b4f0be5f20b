import { truncate } from '../../lib/format.ts';
import { newSetId, type SetMembership } from './comparison-set.ts';
import type { TaskRecord } from '../records/task-record.ts';

export const PICKED_MAX = 4;

/**
 * A comparison set of clips chosen in the gallery, captioned by what tells them apart:
 * the mode when the prompts match, the prompt when the modes match, else both.
 * Null unless 2 to PICKED_MAX records that the studio knows the request of.
 */
export const pickedSet = (records: TaskRecord[], id = newSetId()): { record: TaskRecord; set: SetMembership }[] | null => {
  const known = records.filter((record) => record.request !== null);
  if (known.length < 2 || known.length > PICKED_MAX || known.length !== records.length) return null;
  const samePrompt = new Set(known.map((record) => record.request?.prompt)).size === 1;
  const sameMode = new Set(known.map((record) => record.request?.mode)).size === 1;
  // Oldest first, so the first clip (the one the others are measured against) is the original.
  const ordered = [...known].sort((a, b) => a.submittedAt - b.submittedAt);
  const captions = ordered.map((record) => {
    const mode = record.request?.mode ?? '';
    const prompt = truncate(record.request?.prompt ?? '', 40);
    return samePrompt ? mode : sameMode ? prompt : `${mode} · ${prompt}`;
  });
  // Two runs of the same prompt in the same mode would read alike: number them, in order.
  const seen = new Map<string, number>();
  return ordered.map((record, position) => {
    const plain = captions[position] ?? '';
    const repeated = captions.filter((caption) => caption === plain).length > 1;
    const n = (seen.get(plain) ?? 0) + 1;
    seen.set(plain, n);
    const caption = repeated ? `${plain} #${n}` : plain;
    return { record, set: { id, kind: 'picked', parameter: null, caption, position } };
  });
};

/** How many of the picked records already belong to a set: comparing them moves them out of it. */
export const alreadyInSets = (records: TaskRecord[]): number => records.filter((record) => Boolean(record.set)).length;

/**
 * The comparison set the picked records already make up, whole (a Std + Pro pair ticked
 * together): comparing them opens that set as it is. Null for anything else.
 */
export const wholeSetOf = (picked: TaskRecord[], all: TaskRecord[]): string | null => {
  const id = picked[0]?.set?.id;
  if (!id || picked.some((record) => record.set?.id !== id)) return null;
  const members = all.filter((record) => record.set?.id === id).length;
  return members === picked.length ? id : null;
};
