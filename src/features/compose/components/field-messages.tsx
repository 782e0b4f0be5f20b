import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { ModelAdvice } from '../../../api/model-capabilities.ts';

type FieldMessagesProps = { id: string; issues: RuleIssue[]; advice?: ModelAdvice[] };

export const messagesId = (field: string) => `${field}-messages`;

/** The reasons under one field: errors block Generate, advice only warns. Inputs point here with aria-describedby. */
export const FieldMessages = ({ id, issues, advice = [] }: FieldMessagesProps) => {
  const { t } = useTranslation();
  if (issues.length === 0 && advice.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-xs">
      {issues.map((issue) => (
        // An empty required field is not an error yet, just a reminder.
        <li key={`${issue.field}-${issue.rule}`} className={issue.rule === 'required' ? 'text-neutral-400' : 'text-rose-300'}>
          {t(`rules.${issue.rule}` as 'rules.required', { ...issue.params, defaultValue: issue.message })}
        </li>
      ))}
      {advice.map((item) => (
        <li key={`${item.field}-${item.rule}`} className="text-amber-300">
          {t(`rules.advice.${item.rule}`, {
            ...item.params,
            feature: t(`compose.features.${item.params.feature}` as 'compose.features.sound', { defaultValue: '' }),
          })}
        </li>
      ))}
    </ul>
  );
};

/** Issues that belong to a field, including its nested paths (`cameraControl.config.pan`). */
export const issuesFor = <T extends { field: string }>(items: T[], ...fields: string[]): T[] =>
  items.filter((item) => fields.some((field) => item.field === field || item.field.startsWith(`${field}.`)));

/** The aria attributes an input needs to be tied to its messages. */
export const describedBy = (field: string, issues: { field: string }[], advice: { field: string }[] = []) => {
  const has = issuesFor(issues, field).length + issuesFor(advice, field).length > 0;
  const invalid = issuesFor(issues, field).some((issue) => 'rule' in issue && issue.rule !== 'required');
  return { 'aria-describedby': has ? messagesId(field) : undefined, 'aria-invalid': invalid || undefined };
};
