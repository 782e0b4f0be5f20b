import { describe, expect, it } from 'vitest';
import { readSimEnv } from './sim-env.ts';

describe('readSimEnv', () => {
  it('defaults the port to 8787 and ignores blank values', () => {
    expect(readSimEnv({ SIM_HOST: '' })).toEqual({ ok: true, options: expect.objectContaining({ port: 8787, host: undefined }) });
  });

  it('reads every SIM_* variable', () => {
    const env = readSimEnv({
      SIM_PORT: '0',
      SIM_HOST: '0.0.0.0',
      SIM_API_KEY: 'k',
      SIM_TIME_SCALE: '0.05',
      SIM_MAX_RUNNING: '3',
      SIM_PUBLIC_URL: 'http://sim.test:9000',
      SIM_CACHE_DIR: '/tmp/x',
    });
    expect(env).toEqual({
      ok: true,
      options: {
        port: 0,
        host: '0.0.0.0',
        apiKey: 'k',
        timeScale: 0.05,
        maxRunning: 3,
        publicUrl: 'http://sim.test:9000',
        cacheDir: '/tmp/x',
      },
    });
  });

  it('names every bad variable', () => {
    const env = readSimEnv({ SIM_PORT: '80x', SIM_TIME_SCALE: '-1', SIM_MAX_RUNNING: '1.5', SIM_PUBLIC_URL: 'ftp://x' });
    expect(env.ok).toBe(false);
    if (!env.ok)
      expect(env.problems.map((p) => p.split(':')[0])).toEqual(['SIM_PORT', 'SIM_TIME_SCALE', 'SIM_MAX_RUNNING', 'SIM_PUBLIC_URL']);
  });
});
