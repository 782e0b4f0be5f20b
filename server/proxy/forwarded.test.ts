import { describe, expect, it } from 'vitest';
import { createForwardedReader, requestClient, requestScheme } from './forwarded.ts';

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as never;

describe('a trusted reverse proxy', () => {
  const read = createForwardedReader(['10.0.0.2', '10.0.0.3']);

  it('is believed for the scheme and the client', () => {
    const req = request('10.0.0.2', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' });
    read(req);
    expect([requestClient(req), requestScheme(req)]).toEqual(['203.0.113.7', 'https']);
  });

  it('gives the rightmost address that is not itself a trusted proxy (a client may write the left part)', () => {
    const req = request('10.0.0.2', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9, 10.0.0.3' });
    read(req);
    expect(requestClient(req)).toBe('198.51.100.9');
  });

  it('is the only one believed: anyone else is taken as they are', () => {
    const req = request('::ffff:198.51.100.20', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' });
    read(req);
    expect([requestClient(req), requestScheme(req)]).toEqual(['198.51.100.20', 'http']);
  });

  it('trusts no one by default (the dev server)', () => {
    const req = request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' });
    createForwardedReader([])(req);
    expect([requestClient(req), requestScheme(req)]).toEqual(['127.0.0.1', 'http']);
  });
});
