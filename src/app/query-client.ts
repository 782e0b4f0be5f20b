import { QueryClient } from '@tanstack/react-query';

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: true },
      // A create must never be repeated on its own: it can charge twice.
      mutations: { retry: false },
    },
  });
