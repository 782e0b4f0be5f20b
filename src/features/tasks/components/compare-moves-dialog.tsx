import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { galleryHeading } from '../utils/gallery-heading.ts';

type CompareMovesDialogProps = { count: number; onConfirm: () => void; onClose: () => void };

/** Asks before picked clips leave the comparisons they are in for a new one (the studio's dialog, not the browser's confirm). */
export const CompareMovesDialog = ({ count, onConfirm, onClose }: CompareMovesDialogProps) => {
  const { t } = useTranslation();
  return (
    <Dialog labelledBy="compare-moves-title" onClose={onClose} fallbackFocus={galleryHeading} className="max-w-md">
      <div className="space-y-4 p-5">
        <h2 id="compare-moves-title" className="text-lg font-semibold">
          {t('gallery.compareMovesTitle')}
        </h2>
        <p className="text-sm text-neutral-300">{t('gallery.compareMoves', { count })}</p>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            {t('gallery.compareMovesCancel')}
          </Button>
          <Button variant="primary" data-autofocus onClick={onConfirm}>
            {t('gallery.compareMovesConfirm')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
};
