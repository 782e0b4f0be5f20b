import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import '../lib/on-demand-strings.ts';
import { createQueryClient } from './query-client.ts';

// What only UI loaded on demand needs, loaded with the first of it (lazy-feature.tsx)
// rather than in the initial bundle (npm run bench, "initial JS"): the query client
// (polling, the gallery, health) and the English strings the first screen does not use.

export const queryClient = createQueryClient();

export const OnDemandProviders = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
