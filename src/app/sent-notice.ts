import type { TFunction } from 'i18next';
import { useToastStore } from '../components/toast-store.ts';
import { galleryHeading, goToGallery } from '../features/tasks/utils/gallery-heading.ts';

// Below this width the gallery comes after the composer (studio-page.tsx, lg:).
const STACKED = '(max-width: 1023px)';

/**
 * On a phone the gallery sits below the composer, out of sight, so a send would seem to
 * do nothing: say where the new clips appear, and offer to go there. Where the gallery
 * is in sight (a wide screen), its new card says it.
 */
export const noticeIfGalleryOutOfSight = (t: TFunction, count: number) => {
  const heading = galleryHeading();
  // Still loading, the gallery has no heading yet: where it will be depends on the layout alone.
  const outOfSight = heading ? heading.getBoundingClientRect().top >= window.innerHeight : window.matchMedia(STACKED).matches;
  if (!outOfSight) return;
  useToastStore.getState().show({
    tone: 'info',
    message: t('app.sentBelow', { count }),
    action: { label: t('app.showClips'), run: goToGallery },
  });
};
