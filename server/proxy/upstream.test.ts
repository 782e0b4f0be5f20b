import { describe, expect, it, vi } from 'vitest';
import type { SimulatorOptions } from '../simulator/start-simulator.ts';
import { createUpstream, whenSimulatorsClosed } from './upstream.ts';

const limits = {
  upstreamTimeoutMs: 1000,
  bodyTimeoutMs: 1000,
  maxInFlight: 16,
  downloadMaxBytes: 1000,
  downloadTimeoutMs: 1000,
  downloadTotalTimeoutMs: 1000,
  downloadZipTimeoutMs: 1000,
  studioToken: undefined,
};
const simulatorEnv = { mode: 'simulator', simPort: 0, simTimeScale: 0.5, simMaxRunning: 2, simProfile: 'document', ...limits } as const;

const fakeStart = () => {
  const close = vi.fn(async () => {});
  const start = vi.fn(async (_options?: SimulatorOptions) => ({ url: 'http://127.0.0.1:4567/', port: 4567, close }));
  return { start, close };
};

describe('createUpstream', () => {
  it('targets the gateway as configured and says so', async () => {
    const log = vi.fn();
    const upstream = createUpstream({ mode: 'gateway', baseUrl: 'https://gw.example.com/v', apiKey: 'sk-1', ...limits }, log);
    expect(await upstream.ready()).toEqual({
      mode: 'gateway',
      baseUrl: 'https://gw.example.com/v',
      apiKey: 'sk-1',
      host: 'gw.example.com',
    });
    expect(log).toHaveBeenCalledWith('Kling Studio: gateway mode → gw.example.com');
  });

  it('starts one simulator with a random key, shares it, and closes it', async () => {
    const { start, close } = fakeStart();
    const log = vi.fn();
    const upstream = createUpstream(simulatorEnv, log, start);
    const [first, second] = await Promise.all([upstream.ready(), upstream.ready()]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(first).toBe(second);
    const options = start.mock.calls[0]?.[0];
    expect(options).toMatchObject({ port: 0, timeScale: 0.5, maxRunning: 2, profile: 'document' });
    expect(first).toEqual({
      mode: 'simulator',
      baseUrl: 'http://127.0.0.1:4567',
      apiKey: options?.apiKey,
      host: '127.0.0.1:4567',
      profile: 'document',
    });
    expect(upstream.secret()).toBe(options?.apiKey);
    expect(log).toHaveBeenCalledWith('Kling Studio: simulator mode (no KLING_API_KEY) at http://127.0.0.1:4567');

    options?.log?.(`auth ok for ${options.apiKey}`);
    expect(log).toHaveBeenLastCalledWith('[simulator] auth ok for [redacted]');

    await upstream.close();
    expect(close).toHaveBeenCalledTimes(1);
    await expect(upstream.ready()).rejects.toThrow(/closed/);
  });

  it('uses a new key for every start', async () => {
    const { start } = fakeStart();
    await createUpstream(simulatorEnv, () => {}, start).ready();
    await createUpstream(simulatorEnv, () => {}, start).ready();
    expect(start.mock.calls[0]?.[0]?.apiKey).not.toBe(start.mock.calls[1]?.[0]?.apiKey);
  });

  it('closes a simulator that finishes starting after the server closed', async () => {
    const { start, close } = fakeStart();
    const upstream = createUpstream(simulatorEnv, () => {}, start);
    const ready = upstream.ready();
    await upstream.close();
    await expect(ready).rejects.toThrow(/closed/);
    await whenSimulatorsClosed();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('retries a failed start on the next call', async () => {
    const { start } = fakeStart();
    start.mockRejectedValueOnce(new Error('EADDRINUSE'));
    const upstream = createUpstream(simulatorEnv, () => {}, start);
    await expect(upstream.ready()).rejects.toThrow('EADDRINUSE');
    await expect(upstream.ready()).resolves.toMatchObject({ mode: 'simulator' });
  });
});
