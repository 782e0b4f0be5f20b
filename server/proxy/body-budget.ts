// The request bytes the studio holds at once, across every client: per-address limits
// alone let a few addresses (or one, on loopback) hold gigabytes in half-read uploads.
// Three whole 32 MiB creates fit; a fourth waits for one of them (503, Retry-After).

export const DEFAULT_MAX_BUFFERED_BODY_BYTES = 96 * 1024 * 1024;

export type BodyBudget = {
  /** Takes bytes from the budget; false (and nothing taken) when they do not fit. */
  take(bytes: number): boolean;
  give(bytes: number): void;
  /** Bytes held now, and the most ever held (for tests and the bench). */
  held(): number;
  peak(): number;
  max: number;
};

export const createBodyBudget = (max = DEFAULT_MAX_BUFFERED_BODY_BYTES): BodyBudget => {
  let held = 0;
  let peak = 0;
  return {
    take: (bytes) => {
      if (held + bytes > max) return false;
      held += bytes;
      peak = Math.max(peak, held);
      return true;
    },
    give: (bytes) => {
      held = Math.max(0, held - bytes);
    },
    held: () => held,
    peak: () => peak,
    max,
  };
};
