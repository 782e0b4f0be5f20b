import { useTranslation } from '../../../lib/use-translation.ts';
import { useGridScrolling } from '../hooks/use-grid-scrolling.ts';
import { useSettled } from '../hooks/use-settled.ts';
import { imageSource } from '../utils/image-source.ts';
import { clipUrl, isUncertain, type TaskRecord } from '../../../generation/records/task-record.ts';

/**
 * The clip itself once it is ready (its first frame is the poster, and it plays in
 * place); before that, the input image or a blank frame in the clip's shape.
 * Only mounted for cards on screen, so only visible clips load.
 */
const SETTLE_MS = 150;

export const CardPoster = ({ record, label }: { record: TaskRecord; label: string }) => {
  const { t } = useTranslation();
  const url = clipUrl(record);
  const image = record.request?.image;
  // Mounting a <video> (its media pipeline, its controls) costs more than a frame: none
  // mounts while the gallery scrolls, only once the card has come to rest on screen.
  const settled = useSettled(SETTLE_MS, useGridScrolling());
  if (url && !settled) return <div className="aspect-video w-full bg-black" />;
  if (url)
    return (
      <video
        // Inside the card's rounded, clipped box: the focus ring is drawn within the video's edge.
        className="aspect-video w-full bg-black object-contain focus-visible:-outline-offset-2"
        src={url}
        controls
        loop
        muted
        playsInline
        preload="metadata"
        aria-label={t('tasks.videoLabel', { prompt: label })}
      />
    );
  return (
    <div
      className="relative flex aspect-video w-full items-center justify-center overflow-hidden bg-gradient-to-br from-neutral-800 to-neutral-900"
      aria-hidden
    >
      {image ? (
        <img
          src={imageSource(image)}
          alt=""
          loading="lazy"
          decoding="async"
          className="absolute inset-0 size-full object-cover opacity-50"
        />
      ) : null}
      {record.task?.status === 'failed' ? (
        <span className="relative text-3xl text-rose-400">!</span>
      ) : isUncertain(record) ? (
        <span className="relative text-3xl text-fuchsia-300">?</span>
      ) : (
        <span className="relative size-8 animate-spin rounded-full border-2 border-neutral-600 border-t-amber-400" />
      )}
    </div>
  );
};
