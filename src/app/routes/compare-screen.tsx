import { useTranslation } from '../../lib/use-translation.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { CompareView } from '../../features/compare/components/compare-view.tsx';
import { galleryHeading } from '../../features/tasks/utils/gallery-heading.ts';
import { useSetMembers } from '../../features/compare/hooks/use-set-members.ts';

/** The compare view for the set the URL names, over the studio; loaded on demand by CompareRoute. */
export const CompareScreen = ({ setId, onClose }: { setId: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const { members, hydrated } = useSetMembers(setId);
  return (
    <Dialog labelledBy="compare-title" onClose={onClose} fallbackFocus={galleryHeading} className="h-[calc(100dvh-2rem)] max-w-[1600px]">
      {members.length > 0 ? (
        <CompareView members={members} onClose={onClose} />
      ) : (
        <div className="flex items-start gap-3 p-5">
          <h2 id="compare-title" className="flex-1 text-sm text-neutral-300" aria-busy={!hydrated}>
            {hydrated ? t('compare.notFound') : t('compare.loading')}
          </h2>
          <Button variant="ghost" onClick={onClose} aria-label={t('compare.close')}>
            ✕
          </Button>
        </div>
      )}
    </Dialog>
  );
};
