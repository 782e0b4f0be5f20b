import { describe, expect, it } from 'vitest';
import { checkStudioToken, cookieValue, tokensMatch } from './studio-token.ts';

const TOKEN = 'abcdefghijklmnop-123';
const request = (headers: Record<string, string>) => ({ method: 'GET', headers, socket: {} });

describe('studio token', () => {
  it('compares whole tokens only', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokensMatch(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensMatch(undefined, TOKEN)).toBe(false);
  });

  it('reads one cookie among several', () => {
    expect(cookieValue('a=1; kling_studio_token=xyz ; b=2', 'kling_studio_token')).toBe('xyz');
    expect(cookieValue('xkling_studio_token=xyz', 'kling_studio_token')).toBeUndefined();
    expect(cookieValue(undefined, 'kling_studio_token')).toBeUndefined();
  });

  it('checks nothing without a configured token, and the header or the cookie with one', () => {
    expect(checkStudioToken(undefined)(request({}))).toBeNull();
    expect(checkStudioToken(TOKEN)(request({ 'x-studio-token': TOKEN }))).toBeNull();
    expect(checkStudioToken(TOKEN)(request({ cookie: `kling_studio_token=${TOKEN}` }))).toBeNull();
    expect(checkStudioToken(TOKEN)(request({ 'x-studio-token': 'nope' }))?.status).toBe(401);
  });
});
