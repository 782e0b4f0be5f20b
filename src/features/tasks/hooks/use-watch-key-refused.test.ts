import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import { taskKeys } from '../../../generation/polling/task-keys.ts';
import { useKeyRefusedStore } from '../../../generation/key-refused-store.ts';
import { watchKeyRefused } from './use-watch-key-refused.ts';

const ref: TaskRef = { surface: 'unified', kind: 'text2video', id: 'video_1' };
const fail = (error: Error) => () => Promise.reject(error);

describe('watchKeyRefused', () => {
  afterEach(() => useKeyRefusedStore.getState().clear());

  it('raises the one refused-key state when a poll answers 401', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const stop = watchKeyRefused(client);
    await client.fetchQuery({ queryKey: taskKeys.detail(ref), queryFn: fail(new ApiError('auth', 'bad key', 401)) }).catch(() => null);
    expect(useKeyRefusedStore.getState().refused).toBe(true);
    stop();
  });

  it('raises it when a create answers 401', async () => {
    const client = new QueryClient();
    const stop = watchKeyRefused(client);
    const create = client.getMutationCache().build(client, { mutationFn: fail(new ApiError('auth', 'bad key', 401)), retry: false });
    await create.execute(undefined).catch(() => null);
    expect(useKeyRefusedStore.getState().refused).toBe(true);
    stop();
  });

  it('ignores other failures, and other queries', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const stop = watchKeyRefused(client);
    await client.fetchQuery({ queryKey: taskKeys.detail(ref), queryFn: fail(new ApiError('server', 'boom', 503)) }).catch(() => null);
    await client.fetchQuery({ queryKey: ['health'], queryFn: fail(new ApiError('auth', 'bad key', 401)) }).catch(() => null);
    expect(useKeyRefusedStore.getState().refused).toBe(false);
    stop();
  });
});
