import { Suspense } from 'react';
import { useTranslation } from '../../lib/use-translation.ts';
import { ComposeForm } from '../../features/compose/components/compose-form.tsx';
import { StudioSettings } from '../studio-settings.tsx';
import { SweepSlot } from '../sweep-slot.tsx';
import { BatchSlot } from '../batch-slot.tsx';
import { PassthroughSlot } from '../passthrough-slot.tsx';
import { QueueSlot } from '../queue-slot.tsx';
import { lazyFeature } from '../lazy-feature.tsx';
import { historyMayHoldTasks } from '../../generation/records/history-mark.ts';

// On demand, so the composer is usable before they arrive (npm run bench, "initial JS").
const Gallery = lazyFeature(() => import('../studio-gallery.tsx').then((m) => m.StudioGallery));
const CameraEditor = lazyFeature(() => import('../../features/camera/components/camera-editor.tsx').then((m) => m.CameraEditor));
const MotionBrushEditor = lazyFeature(() =>
  import('../../features/motion-brush/components/motion-brush-editor.tsx').then((m) => m.MotionBrushEditor),
);
const StoryboardEditor = lazyFeature(() =>
  import('../../features/storyboard/components/storyboard-editor.tsx').then((m) => m.StoryboardEditor),
);

const galleryPlaceholder = 'min-w-0 self-start rounded-xl border border-dashed border-neutral-800 p-8 text-center text-neutral-400';

// The app layer wires features together; features never import each other.
export const StudioPage = () => {
  const { t } = useTranslation();
  // On demand: a send is never the first screen's business (npm run bench, "initial JS").
  const noticeSent = (count: number) => void import('../sent-notice.ts').then((notice) => notice.noticeIfGalleryOutOfSight(t, count));
  return (
    <main className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[minmax(340px,440px)_1fr]">
      {/* No taller than the screen below the header, so its sticky Generate bar is in sight from the first load. */}
      <div className="lg:sticky lg:top-6 lg:max-h-[calc(100dvh-6.5rem)] lg:scroll-pb-(--sticky-bar-height) lg:self-start lg:overflow-y-auto">
        <ComposeForm
          onSent={noticeSent}
          renderCamera={(props) => (
            <Suspense fallback={<div className="h-40" aria-busy />}>
              <CameraEditor {...props} />
            </Suspense>
          )}
          renderMotionBrush={(props) => (
            <Suspense fallback={<div className="h-40" aria-busy />}>
              <MotionBrushEditor {...props} />
            </Suspense>
          )}
          renderStoryboard={(props) => (
            <Suspense fallback={<div className="h-10" aria-busy />}>
              <StoryboardEditor {...props} />
            </Suspense>
          )}
          settings={<StudioSettings />}
          renderSweep={(props) => <SweepSlot {...props} />}
          renderBatch={(props) => <BatchSlot {...props} />}
          renderPassthrough={(call, seconds, mayDrop) => <PassthroughSlot call={call} seconds={seconds} mayDrop={mayDrop} />}
        />
      </div>
      {/* The queue, when anything waits, sits above the gallery it feeds. */}
      <div className="min-w-0 space-y-4 self-start">
        <QueueSlot />
        <Suspense
          fallback={
            // The largest text of a first visit's first screen (its Largest Contentful Paint): there at once.
            historyMayHoldTasks() ? (
              <p className={galleryPlaceholder} aria-busy>
                {t('app.historyLoading')}
              </p>
            ) : (
              <p className={galleryPlaceholder}>{t('app.noClipsYet')}</p>
            )
          }
        >
          <Gallery />
        </Suspense>
      </div>
    </main>
  );
};
