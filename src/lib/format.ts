import type { TFunction } from 'i18next';

/**
 * "45 s", "2:05", "1:02:05": short enough for a card, exact enough to compare. `inSeconds`
 * words a time under a minute in the reader's language (5 s, 5 秒); longer ones read as a clock.
 */
export const formatElapsed = (ms: number, inSeconds: (count: number) => string = (count) => `${count} s`): string => {
  const total = Math.max(0, Math.round(ms / 1000));
  if (total < 60) return inSeconds(total);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
};

/** formatElapsed's `inSeconds` in the reader's language. */
export const secondsIn =
  (t: TFunction) =>
  (count: number): string =>
    t('compose.seconds', { count });

export const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
