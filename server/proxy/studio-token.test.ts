import { describe, expect, it } from 'vitest';
import { checkStudioToken, cookieValue, createTokenLanding, tokensMatch } from './studio-token.ts';

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

describe('the token landing', () => {
  const TOKEN_LANDING = createTokenLanding(TOKEN, '/api');
  const land = (url: string) => {
    const answer: { status?: number; headers?: Record<string, string>; passedOn: boolean } = { passedOn: false };
    const res = {
      writeHead: (status: number, headers: Record<string, string>) => Object.assign(answer, { status, headers }),
      end: () => {},
    };
    TOKEN_LANDING({ method: 'GET', url, headers: {}, socket: {} } as never, res as never, () => (answer.passedOn = true));
    return answer;
  };

  it.each([
    ['/x/..//evil.example?token=', '/evil.example'],
    ['//evil.example/?token=', '/evil.example/'],
    ['///evil.example/path?a=1&token=', '/evil.example/path?a=1'],
    ['/\\evil.example?token=', '/evil.example'],
    ['/gallery?token=', '/gallery'],
  ])('redirects %s only to a path on its own origin (%s)', (url, location) => {
    const answer = land(`${url}${TOKEN}`);
    expect(answer.status).toBe(303);
    expect(answer.headers?.Location).toBe(location);
    expect(answer.headers?.Location).toMatch(/^\/(?![/\\])/);
  });

  it('leaves anything but an origin-form target to the server', () => {
    expect(land(`http://evil.example/?token=${TOKEN}`).passedOn).toBe(true);
  });
});
