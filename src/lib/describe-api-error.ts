import type { TFunction } from 'i18next';
import type { ApiErrorKind } from '../api/api-error.ts';

/** What the studio knows of an error, as an ApiError or a saved queue row carries it. */
export type ErrorFacts = {
  kind: ApiErrorKind | 'storage' | (string & {});
  status: number | null;
  message: string;
  code?: string | null;
  retryAfterMs?: number | null;
};

// new-api's codes that need their own words (docs/gateway-contract.md#deployed-gateways-new-api).
const byCode: Record<string, 'build_request_failed' | 'model_not_found'> = {
  build_request_failed: 'build_request_failed',
  model_not_found: 'model_not_found',
};

/** The errors.* key for an error: a few gateway codes and a 429 without Retry-After read more plainly than their kind. */
export const errorKey = (facts: ErrorFacts): string => {
  const special = facts.code ? byCode[facts.code] : undefined;
  if (special) return special;
  // No Retry-After: the gateway is saturated, not pacing us (new-api's 429).
  if (facts.kind === 'rate_limited' && (facts.retryAfterMs ?? null) === null) return 'busy';
  return facts.kind;
};

/** One plain sentence for an error, in the reader's language, with Kling's own code where it gave one. */
export const describeErrorFacts = (t: TFunction, facts: ErrorFacts): string => {
  const text = t(`errors.${errorKey(facts)}` as 'errors.bad_request', {
    message: facts.message,
    status: facts.status ?? '',
    defaultValue: facts.message,
  });
  return facts.code && /^\d+$/.test(facts.code) && facts.kind === 'bad_request' ? `${text} ${t('errors.klingCode', { code: facts.code })}` : text;
};
