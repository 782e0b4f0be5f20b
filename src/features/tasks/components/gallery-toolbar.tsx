import { useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { Button } from '../../../components/button.tsx';
import { useHistoryTransfer } from '../hooks/use-history-transfer.ts';
import { NotifyToggle } from './notify-toggle.tsx';

export const GalleryToolbar = ({ onAddById }: { onAddById: () => void }) => {
  const { t } = useTranslation();
  const { exportHistory, importHistory } = useHistoryTransfer();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={onAddById} aria-haspopup="dialog">
        {t('gallery.addById')}
      </Button>
      <Button onClick={exportHistory}>{t('gallery.export')}</Button>
      <Button onClick={() => fileRef.current?.click()}>{t('gallery.import')}</Button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        // The Import button is the way in, for every user: the input itself stays out of sight and out of the accessibility tree.
        hidden
        aria-label={t('gallery.importFile')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importHistory(file);
        }}
      />
      <NotifyToggle />
    </div>
  );
};
