// The gallery's heading is where focus goes when a dialog closes and the control that
// opened it is gone (a selection bar, a card deleted meanwhile), or when a dialog was
// opened by its URL: the clips are what the studio shows next.
export const GALLERY_HEADING_ID = 'gallery-heading';

export const galleryHeading = (): HTMLElement | null => document.getElementById(GALLERY_HEADING_ID);

/** Takes the reader to the clips: the gallery's heading, scrolled to the top and focused. */
export const goToGallery = () => {
  const heading = galleryHeading();
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
};
