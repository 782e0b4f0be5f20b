import { useTranslation } from '../../../lib/use-translation.ts';
import type { BatchRow } from '../utils/batch-rows.ts';

/** The rows as they will be sent: what each asks for, and whether it passed the checks. */
export const BatchTable = ({ rows }: { rows: BatchRow[] }) => {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="max-h-56 overflow-auto rounded-lg border border-neutral-800">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{t('batch.table')}</caption>
        <thead className="sticky top-0 bg-neutral-900 text-neutral-400">
          <tr>
            <th scope="col" className="px-2 py-1">
              {t('batch.col.row')}
            </th>
            <th scope="col" className="px-2 py-1">
              {t('batch.col.prompt')}
            </th>
            <th scope="col" className="px-2 py-1">
              {t('batch.col.settings')}
            </th>
            <th scope="col" className="px-2 py-1">
              {t('batch.col.check')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, request, problems }) => (
            <tr key={row} className={`border-t border-neutral-800 ${problems.length > 0 ? 'bg-rose-950/30' : ''}`}>
              <td className="px-2 py-1 tabular-nums text-neutral-400">{row}</td>
              <td className="max-w-56 truncate px-2 py-1" title={request.prompt}>
                {request.prompt}
              </td>
              <td className="whitespace-nowrap px-2 py-1 text-neutral-400">
                {request.model} · {request.mode} · {request.duration} s · {request.aspectRatio}
                {request.cfgScale !== null ? ` · cfg ${request.cfgScale}` : ''}
                {request.cameraControl ? ` · ${request.cameraControl.type}` : ''}
              </td>
              <td className={`px-2 py-1 ${problems.length > 0 ? 'text-rose-300' : 'text-emerald-300'}`}>
                {problems.length > 0 ? t('batch.bad') : t('batch.ok')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
