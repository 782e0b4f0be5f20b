// The poll schedule the studio had before it learned run times (until 2026-12), kept
// here unchanged as section 4's baseline: one poll at once, then every age × 0.2,
// between 1 s and 15 s. The studio still falls back to it (next-poll-delay.ts), but the
// baseline must not move when that fallback does.

const MIN_MS = 1_000;
const MAX_MS = 15_000;
const AGE_FACTOR = 0.2;

export const ageStretchedDelay = (ageMs: number): number => Math.round(Math.min(MAX_MS, Math.max(MIN_MS, ageMs * AGE_FACTOR)));

/** When this schedule would first see a task that finished `finishMs` after it was sent, and the polls it would spend. */
export const ageStretchedFollow = (finishMs: number): { seenAtMs: number; polls: number } => {
  let at = 0;
  let polls = 1;
  while (at < finishMs) {
    at += ageStretchedDelay(at);
    polls += 1;
  }
  return { seenAtMs: at, polls };
};
