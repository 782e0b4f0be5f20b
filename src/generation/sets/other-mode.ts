import { otherMode } from '../../api/contract-limits.ts';
import type { GenerationRequest } from '../../api/generation-request.schema.ts';
import { newSetId, type SetMembership } from './comparison-set.ts';
import { sameValue } from '../../lib/same-value.ts';
import type { SubmissionDraft } from '../submission.ts';

type Original = { request: GenerationRequest; set?: SetMembership };

/**
 * "Run the other mode" on a finished task: the same request in the other mode, as a
 * member of the original's comparison set. An original sent on its own gets a new
 * Std vs Pro set (`assign`, to be saved on its record); one already in a set keeps it.
 * `taken` are the positions already used in that set, so the new member goes last.
 */
export const otherModeRun = (
  original: Original,
  taken: number[],
  makeId: () => string = newSetId,
): { draft: SubmissionDraft; assign: SetMembership | null } => {
  const { request } = original;
  const mode = otherMode(request.mode);
  const assign: SetMembership | null = original.set
    ? null
    : { id: makeId(), kind: 'modes', parameter: 'mode', caption: request.mode, position: 0 };
  const home = original.set ?? (assign as SetMembership);
  const position = Math.max(home.position, ...taken) + 1;
  // In a set that varies something else (a sweep), the caption keeps what told the original apart.
  const caption = home.parameter === 'mode' ? mode : `${home.caption} · ${mode}`;
  return {
    // external_task_id is unique per account: the new task must not repeat it.
    draft: {
      request: { ...request, mode, externalTaskId: null },
      set: { id: home.id, kind: home.kind, parameter: home.parameter, caption, position },
    },
    assign,
  };
};

type Member = { request: GenerationRequest | null; set?: SetMembership | null };

// Fields that differ between twins without saying anything about the picture.
const ignored = new Set<string>(['mode', 'externalTaskId', 'callbackUrl']);

/**
 * Whether the original's set already holds its twin in the other mode (the same request
 * but for the mode): then "Run as … and compare" would pay for a clip the set has.
 */
export const hasOtherModeTwin = (original: Member, records: readonly Member[]): boolean => {
  const { request, set } = original;
  if (!request || !set) return false;
  const mode = otherMode(request.mode);
  const keys = Object.keys(request).filter((key) => !ignored.has(key)) as (keyof GenerationRequest)[];
  return records.some(
    (other) =>
      other !== original &&
      other.set?.id === set.id &&
      other.request?.mode === mode &&
      keys.every((key) => sameValue(other.request?.[key], request[key])),
  );
};
