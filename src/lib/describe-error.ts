import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error.ts';
import { describeErrorFacts } from './describe-api-error.ts';

/** A plain-words sentence for any error the client can throw. */
export const describeError = (t: TFunction, error: unknown): string => {
  if (error instanceof ApiError) return describeErrorFacts(t, error);
  return t('errors.network');
};
