import { describe, expect, it } from 'vitest';
import {
  checkHost,
  checkJsonContentType,
  checkOrigin,
  checkSameSiteRead,
  ownOrigin,
  runChecks,
  type CheckedRequest,
} from './request-checks.ts';

const request = (method: string, headers: CheckedRequest['headers'], encrypted = false): CheckedRequest => ({
  method,
  headers,
  socket: encrypted ? { encrypted: true } : {},
});

const codeOf = (response: ReturnType<typeof checkOrigin>) =>
  response && (JSON.parse(String(response.body)) as { error: { code: string } }).error.code;

describe('ownOrigin', () => {
  it('is the scheme of the socket and the Host header, normalized', () => {
    expect(ownOrigin(request('GET', { host: 'LocalHost:5173' }))).toBe('http://localhost:5173');
    expect(ownOrigin(request('GET', { host: 'studio.example:443' }, true))).toBe('https://studio.example');
    expect(ownOrigin(request('GET', {}))).toBeNull();
  });
});

describe('checkOrigin', () => {
  it('lets same-origin and Origin-less POSTs through', () => {
    expect(checkOrigin(request('POST', { host: 'localhost:5173', origin: 'http://localhost:5173' }))).toBeNull();
    expect(checkOrigin(request('POST', { host: 'localhost:5173' }))).toBeNull();
  });

  it.each(['http://evil.example', 'http://localhost:3000', 'https://localhost:5173', 'null', 'garbage'])(
    'refuses a POST from %s',
    (origin) => {
      const refusal = checkOrigin(request('POST', { host: 'localhost:5173', origin }));
      expect(refusal?.status).toBe(403);
      expect(codeOf(refusal)).toBe('cross_origin');
    },
  );

  it('leaves GETs alone', () => {
    expect(checkOrigin(request('GET', { host: 'localhost:5173', origin: 'http://evil.example' }))).toBeNull();
  });
});

describe('checkSameSiteRead', () => {
  const host = 'localhost:5173';

  it.each([
    ['the studio page itself', { 'sec-fetch-site': 'same-origin' }],
    ['a typed URL, a bookmark or a download manager', { 'sec-fetch-site': 'none' }],
    ['curl, a script or an old browser (neither header)', {}],
    ['its own Origin', { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin' }],
  ])('lets a GET from %s through', (_from, headers) => {
    expect(checkSameSiteRead(request('GET', { host, ...headers }))).toBeNull();
  });

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site' }],
    ['another port of localhost (same-site)', { 'sec-fetch-site': 'same-site' }],
    ['a value it does not know', { 'sec-fetch-site': 'somewhere' }],
    ['two values at once', { 'sec-fetch-site': 'same-origin, cross-site' }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['another port in Origin', { origin: 'http://localhost:3000' }],
    ['Origin: null', { origin: 'null' }],
    ['a foreign Origin that claims same-origin', { origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' }],
  ])('refuses a GET from %s with 403 cross_origin', (_from, headers) => {
    const refusal = checkSameSiteRead(request('GET', { host, ...headers }));
    expect(refusal?.status).toBe(403);
    expect(codeOf(refusal)).toBe('cross_origin');
  });
});

describe('checkJsonContentType', () => {
  it('wants application/json on a POST', () => {
    expect(checkJsonContentType(request('POST', { 'content-type': 'application/json; charset=utf-8' }))).toBeNull();
    expect(checkJsonContentType(request('POST', { 'content-type': 'text/plain' }))?.status).toBe(415);
    expect(checkJsonContentType(request('POST', {}))?.status).toBe(415);
    expect(checkJsonContentType(request('GET', {}))).toBeNull();
  });
});

describe('checkHost', () => {
  const check = checkHost(['studio.example', '.team.example']);

  it.each(['localhost:5173', 'app.localhost', '127.0.0.1:5173', '[::1]:5173', 'studio.example', 'a.team.example', 'team.example'])(
    'allows %s',
    (host) => expect(check(request('GET', { host }))).toBeNull(),
  );

  it.each(['evil.example', 'studio.example.evil.example', '[zz]:1'])('refuses %s (DNS rebinding)', (host) => {
    const refusal = check(request('GET', { host }));
    expect(refusal?.status).toBe(403);
    expect(codeOf(refusal)).toBe('forbidden_host');
  });

  it('allows everything when allowedHosts is true', () => {
    expect(checkHost(true)(request('GET', { host: 'evil.example' }))).toBeNull();
  });
});

describe('runChecks', () => {
  it('answers with the first refusal', () => {
    const refusal = runChecks(request('POST', { host: 'evil.example', origin: 'http://x.example' }), [checkHost([]), checkOrigin]);
    expect(codeOf(refusal)).toBe('forbidden_host');
  });
});
