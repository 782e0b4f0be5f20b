import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';

type SweepSentProps = { count: number; href: string; onOpen: () => void; onAgain: () => void; onClose: () => void };

/** After sending: the set is on its way; its comparison opens from a link (the URL names the set). */
export const SweepSent = ({ count, href, onOpen, onAgain, onClose }: SweepSentProps) => {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-emerald-300">
        {t('sweep.sent', { count })}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onAgain}>
          {t('sweep.again')}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t('sweep.close')}
        </Button>
        <a
          href={href}
          // A plain click opens the set in this tab through the app's router (Back returns here); a middle click still opens a new tab.
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen();
          }}
          autoFocus
          className="inline-flex items-center rounded-lg bg-amber-400 px-3 py-2 text-sm font-medium text-neutral-950 hover:bg-amber-300"
        >
          {t('sweep.openComparison')}
        </a>
      </div>
    </div>
  );
};
