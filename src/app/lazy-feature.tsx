import { type ComponentType, lazy } from 'react';

// An on-demand chunk is asked for only once the task that first rendered it is over,
// i.e. after the first screen's render and commit: otherwise a dozen chunks (zod,
// dexie, the gallery…) arrive and run in the middle of that render and hold the
// composer back (npm run bench, "composer usable").
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * UI loaded on demand, rendered inside the on-demand providers (query client, the
 * strings the first screen does not need), which load with the first such UI. Use it
 * instead of React.lazy in src/app: a lazy feature outside them has no query client.
 */
export const lazyFeature = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => {
    await afterThisTask();
    const [Component, { OnDemandProviders }] = await Promise.all([load(), import('./on-demand.tsx')]);
    const WithProviders = (props: P) => (
      <OnDemandProviders>
        <Component {...props} />
      </OnDemandProviders>
    );
    return { default: WithProviders };
  });
