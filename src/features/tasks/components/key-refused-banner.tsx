import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useKeyRefusedStore } from '../../../generation/key-refused-store.ts';

/** One banner for a refused key, instead of the same error on every card. */
export const KeyRefusedBanner = () => {
  const { t } = useTranslation();
  const refused = useKeyRefusedStore((state) => state.refused);
  if (!refused) return null;
  return (
    <div role="alert" className="space-y-2 rounded-xl border border-red-400/50 bg-red-500/10 p-3 text-sm text-red-100">
      <p className="font-semibold">{t('tasks.keyRefused.title')}</p>
      <p>{t('tasks.keyRefused.body')}</p>
      <Button variant="ghost" className="text-xs" onClick={() => useKeyRefusedStore.getState().clear()}>
        {t('tasks.keyRefused.retry')}
      </Button>
    </div>
  );
};
