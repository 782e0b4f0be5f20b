// external_task_id must be unique per account: time plus randomness, readable in a log.
export const newExternalTaskId = (now = Date.now(), random = Math.random): string =>
  `studio-${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;

/** Ids for N runs of one request: each run needs its own. */
export const externalIdsForRuns = (id: string | null, runs: number): (string | null)[] =>
  Array.from({ length: runs }, (_, i) => (id && runs > 1 ? `${id}-${i + 1}` : id));
