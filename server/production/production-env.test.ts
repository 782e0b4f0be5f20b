import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, DEFAULT_SHUTDOWN_TIMEOUT_MS, resolveProductionEnv } from './production-env.ts';

describe('resolveProductionEnv', () => {
  it('listens on loopback by default', () => {
    expect(resolveProductionEnv({})).toEqual({
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      publicOrigins: [],
      trustedProxies: [],
      shutdownTimeoutMs: DEFAULT_SHUTDOWN_TIMEOUT_MS,
      distDir: undefined,
    });
  });

  it('reads the public origins and the trusted proxies as lists', () => {
    const env = resolveProductionEnv({
      PORT: '9000',
      HOST: '0.0.0.0',
      PUBLIC_ORIGINS: 'https://studio.example.com, http://10.0.0.5:9000/',
      TRUSTED_PROXIES: '10.0.0.2,::1',
    });
    expect(env).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      publicOrigins: ['https://studio.example.com', 'http://10.0.0.5:9000'],
      trustedProxies: ['10.0.0.2', '::1'],
    });
  });

  it.each([
    ['PUBLIC_ORIGINS', 'https://studio.example.com/app', /PUBLIC_ORIGINS.*must be an origin/],
    ['PUBLIC_ORIGINS', 'studio.example.com', /must be an origin/],
    ['TRUSTED_PROXIES', 'nginx', /TRUSTED_PROXIES.*IP addresses/],
    ['PORT', '70000', /PORT/],
  ])('refuses %s=%s and says why', (name, value, message) => {
    expect(() => resolveProductionEnv({ [name]: value })).toThrow(message);
  });
});
