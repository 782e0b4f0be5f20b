/**
 * Resolves once a job chain has settled, including jobs added while waiting: awaits the
 * chain's current tail until no newer one has replaced it. `tail` must never reject.
 */
export const drain = async (tail: () => Promise<unknown>): Promise<void> => {
  let current;
  do {
    current = tail();
    await current;
  } while (current !== tail());
};
