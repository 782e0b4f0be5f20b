import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../lib/use-translation.ts';
import { getHealth } from '../api/get-health.ts';

export const HealthBadge = () => {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal), staleTime: 60_000 });
  if (health.isError)
    return (
      <p role="alert" className="text-sm text-rose-300">
        {t('app.serverUnreachable')}
      </p>
    );
  if (!health.data) return null;
  return health.data.mode === 'simulator' ? (
    <span title={t('app.simulatorHint')} className="rounded-full bg-sky-400/15 px-2.5 py-1 text-xs font-medium text-sky-300">
      {t('app.simulatorBadge')}
      {/* The profile is a name (docs/gateway-contract.md#simulator-profiles), the same in every language. */}
      {health.data.profile === 'new-api' ? ' · new-api' : null}
      {/* The title is for a pointer; a screen reader hears why too. */}
      <span className="sr-only">: {t('app.simulatorHint')}</span>
    </span>
  ) : (
    <span className="rounded-full bg-emerald-400/15 px-2.5 py-1 text-xs font-medium text-emerald-300">
      {t('app.gatewayBadge', { host: health.data.gateway })}
    </span>
  );
};
