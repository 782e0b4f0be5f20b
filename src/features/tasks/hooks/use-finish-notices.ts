import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { useToastStore } from '../../../components/toast-store.ts';
import { truncate } from '../../../lib/format.ts';
import { useNotifyStore } from '../stores/notify-store.ts';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
import { finishedBetween } from '../utils/finished-between.ts';
import { recordKey, type TaskRecord } from '../../../generation/records/task-record.ts';

// Away: the tab is hidden (polling pauses, and catches up on return) or the window
// is in the background while the tab still shows (polling goes on).
const isAway = () => document.visibilityState === 'hidden' || !document.hasFocus();

/**
 * Reacts to tasks finishing (outside any queryFn): a toast, the count of clips that
 * finished while the person was away in the tab title, and an opt-in browser notification.
 */
export const useFinishNotices = (onOpen: (ref: TaskRef) => void) => {
  const { t } = useTranslation();
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  });

  useEffect(() => {
    let away = 0;
    const showTitle = () => {
      const title = t('app.title');
      document.title = away > 0 ? t('gallery.titleAway', { count: away, title }) : title;
    };
    const onReturn = () => {
      if (isAway() || away === 0) return;
      away = 0;
      showTitle();
    };

    const announce = (record: TaskRecord) => {
      const ok = record.task?.status === 'succeeded';
      const prompt = truncate(record.request?.prompt || record.ref.id, 80);
      const open = () => onOpenRef.current(record.ref);
      useToastStore.getState().show({
        message: t(ok ? 'gallery.finished' : 'gallery.failed', { prompt }),
        tone: ok ? 'success' : 'error',
        action: { label: t('gallery.view'), run: open, opensDialog: true },
      });
      if (!isAway()) return;
      away += 1;
      showTitle();
      if (!useNotifyStore.getState().enabled || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
      // The tag keeps two open tabs from notifying twice for one clip.
      const notification = new Notification(t(ok ? 'gallery.notificationTitle' : 'gallery.notificationFailed'), {
        body: prompt,
        tag: recordKey(record.ref),
      });
      notification.onclick = () => {
        window.focus();
        open();
        notification.close();
      };
    };

    showTitle();
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    const unsubscribe = useTaskRecordsStore.subscribe((state, prev) => {
      if (state.records !== prev.records) finishedBetween(prev.records, state.records).forEach(announce);
    });
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
    };
  }, [t]);
};
