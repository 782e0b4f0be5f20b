import type { TFunction } from 'i18next';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';

// The same words the composer uses for a rule: "Adherence: Must be between 0 and 1."
export const describeIssue = (t: TFunction, issue: RuleIssue): string =>
  `${t(`fields.${issue.field.split('.')[0]}` as 'fields.prompt', { defaultValue: issue.field })}: ${t(`rules.${issue.rule}` as 'rules.required', { ...issue.params, defaultValue: issue.message })}`;

export const describeAdvice = (t: TFunction, advice: ModelAdvice): string => t(`rules.advice.${advice.rule}`, advice.params);
