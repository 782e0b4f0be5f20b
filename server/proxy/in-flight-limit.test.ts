import { describe, expect, it } from 'vitest';
import { clientKey, createInFlightLimit } from './in-flight-limit.ts';

describe('createInFlightLimit', () => {
  it('counts per client and frees a slot once, however often release is called', () => {
    const limit = createInFlightLimit(2);
    const a1 = limit.acquire('a');
    const a2 = limit.acquire('a');
    expect(limit.acquire('a')).toBeNull();
    expect(limit.acquire('b')).not.toBeNull();
    a1?.();
    a1?.();
    expect(limit.inFlight('a')).toBe(1);
    expect(limit.acquire('a')).not.toBeNull();
    a2?.();
  });

  it('treats an IPv4-mapped address as the IPv4 client', () => {
    expect(clientKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientKey('::1')).toBe('::1');
  });
});
