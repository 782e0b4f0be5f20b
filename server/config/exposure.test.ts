import { describe, expect, it } from 'vitest';
import { assertAccessToken, hostReach } from './exposure.ts';

describe('hostReach', () => {
  it.each([undefined, false, 'localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1'])(
    'keeps %j on this machine',
    (host) => expect(hostReach(host)).toBe('loopback'),
  );

  it.each([true, '0.0.0.0', '::', '192.168.1.20', '10.0.0.5', 'fe80::1', '203.0.113.7'])('exposes %j', (host) =>
    expect(hostReach(host)).toBe('exposed'),
  );

  it('leaves a host name to the listening address', () => {
    expect(hostReach('studio.lan')).toBe('unknown');
  });
});

describe('assertAccessToken', () => {
  const gateway = { mode: 'gateway', studioToken: undefined } as const;

  it('refuses an exposed gateway-mode server without STUDIO_TOKEN and says why', () => {
    expect(() => assertAccessToken(gateway, true, 'server.host')).toThrow(
      /server\.host = true.*reachable from other machines.*real gateway key.*STUDIO_TOKEN/s,
    );
  });

  it('lets it start with a token, on loopback, or on the simulator', () => {
    expect(() => assertAccessToken({ mode: 'gateway', studioToken: 'x'.repeat(16) }, true, 'server.host')).not.toThrow();
    expect(() => assertAccessToken(gateway, '127.0.0.1', 'server.host')).not.toThrow();
    expect(() => assertAccessToken({ mode: 'simulator', studioToken: undefined }, '0.0.0.0', 'preview.host')).not.toThrow();
  });
});
