import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/api-error.ts';

/** A plain-words sentence for any error the client can throw. */
export const describeError = (t: TFunction, error: unknown): string => {
  if (error instanceof ApiError) return t(`errors.${error.kind}`, { message: error.message, status: error.status ?? '' });
  return t('errors.network');
};
