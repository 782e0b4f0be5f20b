import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { useNotifyStore } from '../stores/notify-store.ts';

const supported = () => typeof Notification !== 'undefined';

/** Opt-in browser notifications; permission is asked for only when a person ticks this. */
export const NotifyToggle = () => {
  const { t } = useTranslation();
  const enabled = useNotifyStore((state) => state.enabled);
  const [denied, setDenied] = useState(() => supported() && Notification.permission === 'denied');
  if (!supported()) return null;
  const toggle = async (on: boolean) => {
    if (on && Notification.permission !== 'granted') {
      const permission = await Notification.requestPermission();
      setDenied(permission === 'denied');
      if (permission !== 'granted') return;
    }
    useNotifyStore.getState().setEnabled(on);
  };
  return (
    <label className="flex items-center gap-1.5 text-xs text-neutral-400">
      <input
        type="checkbox"
        className="size-4 accent-amber-400"
        checked={enabled && !denied}
        onChange={(event) => void toggle(event.target.checked)}
      />
      {t('gallery.notify')}
      {denied ? <span className="text-amber-300">{t('gallery.notifyDenied')}</span> : null}
    </label>
  );
};
