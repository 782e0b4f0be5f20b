import type { TFunction } from 'i18next';
import type { SetMembership } from './comparison-set.ts';

/** A mode (std, pro) in the reader's language: 标准 and 专业 in Chinese. */
export const modeText = (mode: 'std' | 'pro', t: TFunction): string => t(`compare.modeCaption.${mode}`);

/**
 * A set member's caption as the reader says it. The mode captions are stored as the API's
 * words (std, pro: they also name the clips to tests and to the diff); they read in the
 * reader's language. Every other caption (a value, a prompt) reads as it was sent.
 */
export const captionText = (set: SetMembership, t: TFunction): string =>
  set.parameter === 'mode' && (set.caption === 'std' || set.caption === 'pro') ? modeText(set.caption, t) : set.caption;
