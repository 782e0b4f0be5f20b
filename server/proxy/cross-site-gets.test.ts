import type { OutgoingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { errorCode, setUpGatewayStudio } from '../testing/gateway-studio-fixture.ts';
import { rawRequest } from '../testing/studio-test-server.ts';

// Gateway mode over HTTP: a GET another site's page makes through someone's browser (an
// `<img src>`, a link, a no-cors fetch) spends nothing: no lookup, no clip, no zip of 50
// lookups. The studio's own page, a typed URL and header-less clients work as before.

const { studio, simRequests } = setUpGatewayStudio();

const ids = Array.from({ length: 50 }, (_, i) => `video_cross_${i}`);
// [what, path, the gateway's lookups, the status once the gateway said the tasks do not exist]
const routes = [
  ['a clip download', '/api/download/unified/text2video/video_cross_0?prompt=x&mode=std', ['/v1/video/generations/video_cross_0'], 404],
  // A zip lists the tasks it could not get in MISSING.txt.
  [
    'a zip of 50',
    `/api/download/zip?${ids.map((id) => `t=unified:text2video:${id}:std:x`).join('&')}`,
    ids.map((id) => `/v1/video/generations/${id}`),
    200,
  ],
  // The gateway's own answer, passed on: 400 task_not_exist.
  ['a task query', '/api/v1/video/generations/video_cross_0', ['/v1/video/generations/video_cross_0'], 400],
] as const;

const foreign: [string, OutgoingHttpHeaders][] = [
  ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ['Sec-Fetch-Site: same-site (another local port)', { 'Sec-Fetch-Site': 'same-site' }],
  ['Origin: http://evil.example', { Origin: 'http://evil.example' }],
];
const own = (origin: string): [string, OutgoingHttpHeaders][] => [
  ['Sec-Fetch-Site: same-origin', { 'Sec-Fetch-Site': 'same-origin' }],
  ['Sec-Fetch-Site: none', { 'Sec-Fetch-Site': 'none' }],
  ['its own Origin', { 'Sec-Fetch-Site': 'same-origin', Origin: origin }],
  ['neither header', {}],
];

describe('GETs that reach the gateway, from another site', () => {
  for (const [what, path] of routes)
    it.each(foreign)(`refuses ${what} with %s: 403 cross_origin, and asks the gateway nothing`, async (_header, headers) => {
      const response = await rawRequest(studio().port, 'GET', path, { headers });
      expect([response.status, errorCode(response)]).toEqual([403, 'cross_origin']);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(await simRequests()).toEqual([]);
    });
});

describe('GETs that reach the gateway, from the studio itself or no browser', () => {
  for (const [what, path, lookups, status] of routes)
    it(`lets ${what} through as before`, async () => {
      for (const [header, headers] of own(studio().origin)) {
        const response = await rawRequest(studio().port, 'GET', path, { headers });
        expect(response.status, header).toBe(status);
        const asked = (await simRequests()).map((r) => r.path);
        expect(asked.slice(-lookups.length), header).toEqual(lookups);
      }
      expect((await simRequests()).length).toBe(lookups.length * own('').length);
    });
});
