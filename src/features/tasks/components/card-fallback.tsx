import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';

/** Stands in for a card that threw while rendering; the rest of the gallery goes on. */
export const CardFallback = ({ id, onRetry }: { id: string; onRetry: () => void }) => {
  const { t } = useTranslation();
  return (
    <article
      role="alert"
      data-task-id={id}
      className="flex h-full flex-col gap-2 rounded-xl border border-red-400/40 bg-red-500/5 p-3 text-sm text-red-100"
    >
      <p>{t('tasks.cardFailed')}</p>
      <p className="font-mono text-xs break-all text-neutral-400">{id}</p>
      <Button variant="ghost" className="mt-auto self-end text-xs" onClick={onRetry}>
        {t('tasks.cardRetry')}
      </Button>
    </article>
  );
};
