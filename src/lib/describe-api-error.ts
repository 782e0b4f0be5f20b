import type { TFunction } from 'i18next';

/** What the studio knows of an error, as an ApiError or a saved queue row carries it. */
export type ErrorFacts = { kind: string; status: number | null; message: string; code?: string | null; retryAfterMs?: number | null };

/** The errors.* key for an error: two new-api codes and a 429 without Retry-After read more plainly than their kind. */
export const errorKey = ({ kind, code, retryAfterMs }: ErrorFacts): string =>
  code === 'build_request_failed' || code === 'model_not_found'
    ? code
    : // No Retry-After: the gateway is saturated, not pacing us (new-api's 429).
      kind === 'rate_limited' && retryAfterMs == null
      ? 'busy'
      : kind;

/** One plain sentence for an error, in the reader's language, with Kling's own code where it gave one. */
export const describeErrorFacts = (t: TFunction, facts: ErrorFacts): string => {
  const text = t(`errors.${errorKey(facts)}` as 'errors.bad_request', {
    message: facts.message,
    status: facts.status ?? '',
    defaultValue: facts.message,
  });
  return facts.kind === 'bad_request' && /^\d+$/.test(facts.code ?? '') ? `${text} ${t('errors.klingCode', { code: facts.code })}` : text;
};
