import { describe, expect, it } from 'vitest';
import { errorCode, setUpGatewayStudio } from '../testing/gateway-studio-fixture.ts';
import { postJson, rawRequest } from '../testing/studio-test-server.ts';

// Gateway mode over HTTP: everything the policy refuses, and that none of it reaches the gateway.

const { studio, simRequests } = setUpGatewayStudio();

describe('studio proxy, refusals', () => {
  it.each([
    '/api',
    '/api/',
    '/api/nope',
    '/api/v1/video/generations/../../../etc/passwd',
    '/api/v1/video/generations/..',
    '/api/v1/video/generations/%2E%2E',
    '/api/v1/video/generations/abc%2F..%2Fx',
    '/api/v1/video//generations',
    '/api//v1/video/generations/abc',
    `/api/v1/video/generations/${'a'.repeat(129)}`,
    '/api/kling/v1/videos/omni-video/abc',
    '/api/__sim/requests',
  ])('answers 404 JSON for GET %s and forwards nothing', async (path) => {
    const response = await rawRequest(studio().port, 'GET', path);
    expect(response.status).toBe(404);
    expect(response.json()).toEqual({ error: { message: 'Not found', type: 'studio_proxy', code: 'not_found' } });
    expect(await simRequests()).toEqual([]);
  });

  it.each([
    ['GET', '/api/v1/video/generations', 'POST'],
    ['DELETE', '/api/v1/video/generations/abc', 'GET'],
    ['PUT', '/api/kling/v1/videos/image2video', 'POST'],
    ['POST', '/api/health', 'GET'],
    ['OPTIONS', '/api/v1/video/generations', 'POST'],
  ])('answers 405 JSON for %s %s', async (method, path, allow) => {
    const response = await rawRequest(studio().port, method, path, { headers: { Origin: 'http://localhost:3000' } });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe(allow);
    expect(errorCode(response)).toBe('method_not_allowed');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a cross-origin POST with 403 before reading it', async () => {
    const response = await postJson(studio().port, '/api/v1/video/generations', { prompt: 'x' }, { Origin: 'http://evil.example' });
    expect([response.status, errorCode(response)]).toEqual([403, 'cross_origin']);
    expect(await simRequests()).toEqual([]);
  });

  it('refuses a foreign Host (DNS rebinding) with 403', async () => {
    const response = await rawRequest(studio().port, 'GET', '/api/health', { headers: { Host: 'evil.example:5173' } });
    expect([response.status, errorCode(response)]).toEqual([403, 'forbidden_host']);
  });

  it.each([
    ['not json', 'application/json', 400, 'invalid_json'],
    ['[1,2]', 'application/json', 400, 'invalid_json'],
    ['{"prompt":"x"}', 'text/plain', 415, 'unsupported_media_type'],
  ])('refuses the body %j (%s) and sends nothing upstream', async (body, type, status, code) => {
    const headers = { 'Content-Type': type, Origin: studio().origin };
    const response = await rawRequest(studio().port, 'POST', '/api/v1/video/generations', { headers, body });
    expect([response.status, errorCode(response)]).toEqual([status, code]);
    expect(await simRequests()).toEqual([]);
  });

  it('answers 413 for a body over 32 MiB', async () => {
    const body = `{"prompt":"${'x'.repeat(32 * 1024 * 1024)}"}`;
    const response = await rawRequest(studio().port, 'POST', '/api/v1/video/generations', {
      headers: { 'Content-Type': 'application/json', Origin: studio().origin },
      body,
    });
    expect([response.status, errorCode(response)]).toEqual([413, 'payload_too_large']);
    expect(await simRequests()).toEqual([]);
  });
});
