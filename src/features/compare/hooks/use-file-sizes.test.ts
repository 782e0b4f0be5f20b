import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentLength } from './use-file-sizes.ts';

// A fetch that answers only when aborted, like a route that never sends its headers.
const hangingFetch = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('contentLength', () => {
  it('reads Content-Length', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('x', { headers: { 'Content-Length': '1234' } })));
    await expect(contentLength('/clip-ok')).resolves.toBe(1234);
  });

  it('gives up on a route that never answers, so the view can say "unknown"', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch);
    const size = contentLength('/clip-hangs', 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(size).resolves.toBeNull();
  });
});
