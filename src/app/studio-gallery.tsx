import { Gallery } from '../features/tasks/components/gallery.tsx';
import { openSet, setHref } from './routes/set-hash.ts';
import { openTask } from './routes/task-hash.ts';

// Each set member's card links to the compare view (#/set/<id>).
const setLinks = { href: setHref, open: (setId: string) => openSet(setId) };

/** The history beside the composer; loaded on demand by the studio page, with the set links it needs. */
export const StudioGallery = () => <Gallery onOpen={openTask} setLinks={setLinks} />;
