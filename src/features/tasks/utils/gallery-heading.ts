// The gallery's heading is where focus goes when a dialog closes and the control that
// opened it is gone (a selection bar, a card deleted meanwhile), or when a dialog was
// opened by its URL: the clips are what the studio shows next.
export const GALLERY_HEADING_ID = 'gallery-heading';

export const galleryHeading = (): HTMLElement | null => document.getElementById(GALLERY_HEADING_ID);

// How long a "go to the clips" asked for while the gallery still loads waits for it.
const GALLERY_WAIT_MS = 15_000;

/**
 * Takes the reader to the clips: the gallery's heading, scrolled to the top and focused.
 * The gallery loads on demand, so on a slow first load it may not be there yet: then the
 * move happens when it appears, unless the reader has put focus somewhere else meanwhile.
 */
export const goToGallery = () => {
  const observer = new MutationObserver(() => go(true));
  const go = (late: boolean) => {
    const heading = galleryHeading();
    if (!heading) return;
    observer.disconnect();
    if (late && document.activeElement !== document.body) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  go(false);
  if (galleryHeading()) return;
  observer.observe(document.body, { childList: true, subtree: true });
  // Disconnecting twice is harmless, so the timer need not be cleared when the heading comes.
  setTimeout(() => observer.disconnect(), GALLERY_WAIT_MS);
};
