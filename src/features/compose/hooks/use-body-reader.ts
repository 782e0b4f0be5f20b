import { useEffect, useState } from 'react';
import type { parseCreateBody } from '../../../api/parse-create-body.ts';

export type BodyReader = typeof parseCreateBody;

// Kept for the page's lifetime: once loaded, every later render has it at once.
let loaded: BodyReader | null = null;

/**
 * The gateway's own reading of a create body (zod), which only raw metadata needs:
 * it loads the first time there is metadata to check, not with the composer.
 */
export const useBodyReader = (needed: boolean): BodyReader | null => {
  const [reader, setReader] = useState<BodyReader | null>(() => loaded);
  useEffect(() => {
    if (!needed || reader) return;
    let live = true;
    void import('../../../api/parse-create-body.ts').then((module) => {
      loaded = module.parseCreateBody;
      if (live) setReader(() => module.parseCreateBody);
    });
    return () => {
      live = false;
    };
  }, [needed, reader]);
  return reader;
};
