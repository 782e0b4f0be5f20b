import { SHOTS_MAX, SHOTS_MIN } from '../../../api/contract-limits.ts';

// The storyboard's durations: whole seconds, each shot at least 1 s, adding up to
// the clip's duration whatever is done to them (docs/gateway-contract.md#klings-parameter-limits, multi_prompt).
// Every operation returns shots that still add up, or null when it cannot.

export type Shot = { prompt: string; duration: number };

export const SHOT_MIN_SECONDS = 1;

const total = (shots: readonly Shot[]) => shots.reduce((sum, shot) => sum + shot.duration, 0);

/** Where each shot starts, in seconds. */
export const shotStarts = (shots: readonly Shot[]): number[] => {
  let at = 0;
  return shots.map((shot) => {
    const start = at;
    at += shot.duration;
    return start;
  });
};

/** `count` whole-second lengths adding up to `seconds`, the longer ones first. */
export const splitEvenly = (count: number, seconds: number): number[] =>
  Array.from({ length: count }, (_, i) => Math.floor(seconds / count) + (i < seconds % count ? 1 : 0));

/**
 * The same shots re-timed to a new clip length, keeping their proportions
 * (largest remainder, each at least 1 s); null when there are more shots than seconds.
 */
export const fitShots = (shots: readonly Shot[], seconds: number): Shot[] | null => {
  const n = shots.length;
  if (n === 0 || n * SHOT_MIN_SECONDS > seconds) return null;
  const current = total(shots);
  if (current === seconds) return shots.map((shot) => ({ ...shot }));
  // Each shot keeps its 1 s; the rest is shared in proportion to what each had beyond it.
  const spare = seconds - n * SHOT_MIN_SECONDS;
  const weights = shots.map((shot) => Math.max(0, shot.duration - SHOT_MIN_SECONDS));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (weightSum === 0 ? spare / n : (spare * w) / weightSum));
  const floors = exact.map(Math.floor);
  let left = spare - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return shots.map((shot, i) => ({ ...shot, duration: SHOT_MIN_SECONDS + (floors[i] ?? 0) }));
};

/** A new empty shot at the end, taking half of the longest shot; null at six shots or when no shot can spare a second. */
export const addShot = (shots: readonly Shot[]): Shot[] | null => {
  if (shots.length >= SHOTS_MAX) return null;
  const longest = shots.reduce((best, shot, i) => (shot.duration > (shots[best]?.duration ?? 0) ? i : best), 0);
  const donor = shots[longest];
  if (!donor || donor.duration < 2 * SHOT_MIN_SECONDS) return null;
  const given = Math.floor(donor.duration / 2);
  return [
    ...shots.map((shot, i) => (i === longest ? { ...shot, duration: shot.duration - given } : { ...shot })),
    { prompt: '', duration: given },
  ];
};

/** Without one shot; its time goes to the shot before it (or after, for the first). Null for the last one left. */
export const removeShot = (shots: readonly Shot[], index: number): Shot[] | null => {
  const removed = shots[index];
  if (!removed || shots.length <= SHOTS_MIN) return null;
  const heir = index > 0 ? index - 1 : 1;
  return shots.flatMap((shot, i) => (i === index ? [] : [{ ...shot, duration: shot.duration + (i === heir ? removed.duration : 0) }]));
};

/** Reordered: each shot keeps its own length, so the total cannot change. */
export const moveShot = (shots: readonly Shot[], from: number, to: number): Shot[] => {
  const moved = shots[from];
  if (!moved || to < 0 || to >= shots.length) return shots.map((shot) => ({ ...shot }));
  const rest = shots.filter((_, i) => i !== from).map((shot) => ({ ...shot }));
  rest.splice(to, 0, { ...moved });
  return rest;
};

/** The cut after shot `cut` moved to `at` seconds: only its two neighbours change, each keeping 1 s. */
export const moveCut = (shots: readonly Shot[], cut: number, at: number): Shot[] => {
  const left = shots[cut];
  const right = shots[cut + 1];
  if (!left || !right) return shots.map((shot) => ({ ...shot }));
  const start = shotStarts(shots)[cut] ?? 0;
  const pair = left.duration + right.duration;
  const leftDuration = Math.min(pair - SHOT_MIN_SECONDS, Math.max(SHOT_MIN_SECONDS, Math.round(at - start)));
  return shots.map((shot, i) =>
    i === cut ? { ...shot, duration: leftDuration } : i === cut + 1 ? { ...shot, duration: pair - leftDuration } : { ...shot },
  );
};

/**
 * One shot set to a length (clamped so the others keep 1 s each); the difference
 * is taken from or given to the shots after it first, then the ones before.
 */
export const setShotDuration = (shots: readonly Shot[], index: number, seconds: number): Shot[] => {
  const next = shots.map((shot) => ({ ...shot }));
  const target = next[index];
  if (!target) return next;
  const max = total(shots) - (shots.length - 1) * SHOT_MIN_SECONDS;
  const wanted = Math.min(max, Math.max(SHOT_MIN_SECONDS, Math.round(seconds)));
  let delta = wanted - target.duration; // > 0: the others give, < 0: they receive
  target.duration = wanted;
  const others = [...next.keys()].filter((i) => i > index).concat([...next.keys()].filter((i) => i < index).reverse());
  for (const i of others) {
    const shot = next[i]!;
    if (delta < 0) {
      shot.duration -= delta;
      return next;
    }
    const give = Math.min(delta, shot.duration - SHOT_MIN_SECONDS);
    shot.duration -= give;
    delta -= give;
    if (delta === 0) break;
  }
  return next;
};
