import { useTranslation } from '../../../lib/use-translation.ts';
import type { SweepItem } from '../utils/sweep-plan.ts';
import { describeAdvice, describeIssue } from '../utils/describe-issue.ts';

const head = 'px-2 pb-1 text-left text-xs font-medium uppercase tracking-wide text-neutral-400';

/** Each value as it will be sent, with what stops it in plain words, before anything leaves the browser. */
export const SweepPlanTable = ({ items }: { items: SweepItem[] }) => {
  const { t } = useTranslation();
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('sweep.planCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>
            {t('sweep.caption')}
          </th>
          <th scope="col" className={head}>
            {t('sweep.status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => {
          const problems = [
            ...(item.problem ? [t(`sweep.problems.${item.problem}`)] : []),
            ...item.issues.map((issue) => describeIssue(t, issue)),
          ];
          return (
            <tr key={index} className="border-t border-neutral-800 align-top">
              <th scope="row" className="max-w-48 break-words px-2 py-1.5 text-left font-mono font-normal">
                {item.caption}
              </th>
              <td className="px-2 py-1.5">
                {problems.length > 0 ? (
                  <ul className="space-y-0.5 text-rose-300">
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-emerald-300">{t('sweep.ok')}</span>
                )}
                {item.advice.map((advice) => (
                  <p key={advice.rule + advice.field} className="text-xs text-amber-200/80">
                    {describeAdvice(t, advice)}
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
