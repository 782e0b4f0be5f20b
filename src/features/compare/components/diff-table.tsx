import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import { type DiffValue, lastRequestDiff } from '../utils/request-diff.ts';
import { CaptionChip } from './caption-chip.tsx';

const say = (t: TFunction, value: DiffValue): string => {
  switch (value.type) {
    case 'unknown':
      return t('compare.unknown');
    case 'unset':
      return t('compare.diffValues.unset');
    case 'mode':
      return t(`compare.diffValues.mode.${value.mode}`);
    case 'seconds':
      return t('compare.diffValues.seconds', { value: value.value });
    case 'image':
      return t('compare.diffValues.image', { n: value.n });
    case 'count':
      return t(`compare.diffValues.${value.what}`, { count: value.count });
    case 'switch':
      return t(value.on ? 'compare.diffValues.on' : 'compare.diffValues.off');
    case 'text':
      return value.text;
  }
};

/** The request parameters that differ across the set, one column per clip. */
export const DiffTable = ({ members }: { members: CompareMember[] }) => {
  const { t } = useTranslation();
  const [diff] = useState(lastRequestDiff);
  const rows = diff(members.map((member) => member.request));
  return (
    <section aria-labelledby="compare-diff-heading" className="min-w-0">
      <h3 id="compare-diff-heading" className="mb-2 text-xs font-semibold uppercase tracking-wide text-neutral-400">
        {t('compare.diffHeading')}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-neutral-400">{t('compare.diffIdentical')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-neutral-800">
          <table className="w-full text-left text-sm">
            <thead className="bg-neutral-900 text-xs text-neutral-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('compare.diffParameter')}
                </th>
                {members.map((member, index) => (
                  <th key={member.key} scope="col" className="px-3 py-2 font-medium">
                    <CaptionChip member={member} index={index} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field} className="border-t border-neutral-800">
                  <th scope="row" className="px-3 py-1.5 font-medium whitespace-nowrap text-neutral-300">
                    {t(`fields.${row.field}`)}
                  </th>
                  {row.values.map((value, index) => (
                    <td
                      key={members[index]?.key ?? index}
                      className="max-w-72 truncate px-3 py-1.5 font-mono text-xs text-neutral-100"
                      title={say(t, value)}
                    >
                      {say(t, value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
