import { type ComponentType, lazy } from 'react';
import { afterNextPaint } from '../lib/after-next-paint.ts';

// An on-demand chunk is asked for only once the first screen is painted: otherwise a
// dozen chunks (zod, dexie, the gallery…) arrive and run in the middle of that render,
// or between its commit and its paint, and hold the composer back (npm run bench,
// "composer usable" and "Largest Contentful Paint").

/**
 * UI loaded on demand, rendered inside the on-demand providers (query client, the
 * strings the first screen does not need), which load with the first such UI. Use it
 * instead of React.lazy in src/app: a lazy feature outside them has no query client.
 */
export const lazyFeature = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => {
    await afterNextPaint();
    const [Component, { OnDemandProviders }] = await Promise.all([load(), import('./on-demand.tsx')]);
    const WithProviders = (props: P) => (
      <OnDemandProviders>
        <Component {...props} />
      </OnDemandProviders>
    );
    return { default: WithProviders };
  });
