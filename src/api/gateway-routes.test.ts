import { describe, expect, it } from 'vitest';
import { TASK_ID_PATTERN, createPath, kinds, matchGatewayRoute, queryPath, surfaces, type TaskRef } from './gateway-routes.ts';

const id128 = `a${'b'.repeat(127)}`;
const id129 = `a${'b'.repeat(128)}`;

describe('createPath and queryPath', () => {
  it('follow the contract tables', () => {
    expect(createPath('unified', 'text2video')).toBe('/v1/video/generations');
    expect(createPath('unified', 'image2video')).toBe('/v1/video/generations');
    expect(createPath('kling', 'text2video')).toBe('/kling/v1/videos/text2video');
    expect(createPath('kling', 'image2video')).toBe('/kling/v1/videos/image2video');

    expect(queryPath({ surface: 'unified', kind: 'image2video', id: 'video_xxx' })).toBe('/v1/video/generations/video_xxx');
    expect(queryPath({ surface: 'kling', kind: 'text2video', id: '781234567890123456' })).toBe(
      '/kling/v1/videos/text2video/781234567890123456',
    );
    expect(queryPath({ surface: 'kling', kind: 'image2video', id: 'task_1' })).toBe('/kling/v1/videos/image2video/task_1');
  });

  it('encodes an id so that it cannot add path segments', () => {
    expect(queryPath({ surface: 'unified', kind: 'text2video', id: '../admin' })).toBe('/v1/video/generations/..%2Fadmin');
  });

  it('build paths the route matcher accepts, for every surface and kind', () => {
    for (const surface of surfaces) {
      for (const kind of kinds) {
        const ref: TaskRef = { surface, kind, id: 'video_123' };
        expect(matchGatewayRoute('POST', createPath(surface, kind))).toEqual({
          action: 'create',
          surface,
          kind: surface === 'unified' ? null : kind,
        });
        expect(matchGatewayRoute('GET', queryPath(ref))).toEqual({
          action: 'query',
          ref: { surface, kind: surface === 'unified' ? null : kind, id: 'video_123' },
        });
      }
    }
  });
});

describe('matchGatewayRoute: allowed', () => {
  it('creates on the unified surface', () => {
    expect(matchGatewayRoute('POST', '/v1/video/generations')).toEqual({ action: 'create', surface: 'unified', kind: null });
  });

  it.each(['video_xxx', 'task_01HXYZ', '781234567890123456', 'a', 'A-b_C-9', id128])('queries the unified surface with id %s', (id) => {
    expect(matchGatewayRoute('GET', `/v1/video/generations/${id}`)).toEqual({
      action: 'query',
      ref: { surface: 'unified', kind: null, id },
    });
  });

  it.each(kinds)('creates and queries %s on the Kling surface', (kind) => {
    expect(matchGatewayRoute('POST', `/kling/v1/videos/${kind}`)).toEqual({ action: 'create', surface: 'kling', kind });
    expect(matchGatewayRoute('GET', `/kling/v1/videos/${kind}/781234567890123456`)).toEqual({
      action: 'query',
      ref: { surface: 'kling', kind, id: '781234567890123456' },
    });
  });
});

describe('matchGatewayRoute: rejected', () => {
  it.each([
    ['GET', '/v1/video/generations'],
    ['PUT', '/v1/video/generations'],
    ['DELETE', '/v1/video/generations'],
    ['post', '/v1/video/generations'],
    ['POST', '/v1/video/generations/video_xxx'],
    ['DELETE', '/v1/video/generations/video_xxx'],
    ['PATCH', '/v1/video/generations/video_xxx'],
    ['HEAD', '/v1/video/generations/video_xxx'],
    ['get', '/v1/video/generations/video_xxx'],
    ['GET', '/kling/v1/videos/text2video'],
    ['OPTIONS', '/kling/v1/videos/image2video'],
    ['POST', '/kling/v1/videos/text2video/123'],
    ['PUT', '/kling/v1/videos/image2video/123'],
  ])('wrong method: %s %s', (method, path) => {
    expect(matchGatewayRoute(method, path)).toBeNull();
  });

  it.each([
    '/v1/video/generations/..',
    '/v1/video/generations/.',
    '/v1/video/../video/generations',
    '/v1/video/generations/../../admin',
    '/kling/v1/videos/text2video/..',
    '/kling/v1/videos/../videos/text2video',
    '/kling/v1/videos/text2video/../image2video',
  ])('dot segments: %s', (path) => {
    expect(matchGatewayRoute('GET', path)).toBeNull();
    expect(matchGatewayRoute('POST', path)).toBeNull();
  });

  it.each([
    '/v1/video/generations/abc%2Fdef',
    '/v1/video/generations/abc%2fdef',
    '/v1/video%2Fgenerations',
    '/kling/v1/videos/text2video%2F123',
    '/kling/v1/videos/text2video/123%2F..',
    '/v1/video/generations/%2e%2e',
    '/v1/video/generations/%2E%2E',
    '/v1/video/generations/%2e%2e%2fadmin',
    '/kling/v1/videos/%2e%2e/text2video',
    '/kling/v1/videos/image2video/%2e%2e',
    '/v1/video/generations/abc%00',
  ])('encoded separators and dots: %s', (path) => {
    expect(matchGatewayRoute('GET', path)).toBeNull();
    expect(matchGatewayRoute('POST', path)).toBeNull();
  });

  it.each([
    '//v1/video/generations',
    '/v1//video/generations',
    '/v1/video//generations',
    '/v1/video/generations//abc',
    '/kling//v1/videos/text2video',
    '/kling/v1/videos//text2video',
    '/kling/v1/videos/text2video//123',
  ])('double slashes: %s', (path) => {
    expect(matchGatewayRoute('GET', path)).toBeNull();
    expect(matchGatewayRoute('POST', path)).toBeNull();
  });

  it.each([
    ['POST', '/v1/video/generations/'],
    ['GET', '/v1/video/generations/abc/'],
    ['POST', '/kling/v1/videos/text2video/'],
    ['GET', '/kling/v1/videos/image2video/123/'],
  ])('trailing slash: %s %s', (method, path) => {
    expect(matchGatewayRoute(method, path)).toBeNull();
  });

  it('ids longer than 128 characters', () => {
    expect(id129).toHaveLength(129);
    expect(matchGatewayRoute('GET', `/v1/video/generations/${id129}`)).toBeNull();
    expect(matchGatewayRoute('GET', `/kling/v1/videos/text2video/${id129}`)).toBeNull();
  });

  it.each([
    'abc.def',
    'abc def',
    'abc%20def',
    'abc?x=1',
    'abc#frag',
    'abc;x',
    'abc:def',
    'abc\\def',
    '-abc',
    '_abc',
    'abc\n',
    'ａｂｃ',
    'vidéo',
    '~user',
    '*',
  ])('ids with odd characters: %j', (id) => {
    expect(matchGatewayRoute('GET', `/v1/video/generations/${id}`)).toBeNull();
    expect(matchGatewayRoute('GET', `/kling/v1/videos/image2video/${id}`)).toBeNull();
  });

  it.each([
    '/kling/v1/videos/video2video',
    '/kling/v1/videos/Text2Video',
    '/kling/v1/videos/TEXT2VIDEO',
    '/kling/v1/videos/multi-image2video',
    '/kling/v1/videos/lip-sync',
    '/kling/v1/images/generations',
    '/kling/v1/videos',
    '/v1/video/edits',
    '/v1/images/generations',
    '/v1/chat/completions',
  ])('unknown kinds and routes: %s', (path) => {
    expect(matchGatewayRoute('POST', path)).toBeNull();
    expect(matchGatewayRoute('GET', `${path}/123`)).toBeNull();
  });

  it.each([
    ['GET', '/v1/video/generations/abc/extra'],
    ['GET', '/v1/video/generations/abc/content'],
    ['GET', '/kling/v1/videos/text2video/123/extra'],
    ['POST', '/v1/video/generations/extra/more'],
    ['GET', '/api/v1/video/generations/abc'],
    ['POST', '/api/kling/v1/videos/text2video'],
    ['GET', '/v2/video/generations/abc'],
    ['POST', '/kling/v2/videos/text2video'],
  ])('extra or foreign segments: %s %s', (method, path) => {
    expect(matchGatewayRoute(method, path)).toBeNull();
  });

  it.each(['', '/', 'v1/video/generations', 'kling/v1/videos/text2video', ' /v1/video/generations'])(
    'paths that are not rooted routes: %j',
    (path) => {
      expect(matchGatewayRoute('POST', path)).toBeNull();
      expect(matchGatewayRoute('GET', path)).toBeNull();
    },
  );
});

describe('TASK_ID_PATTERN', () => {
  it('takes 1 to 128 characters of letters, digits, "_" and "-", starting with a letter or digit', () => {
    expect(TASK_ID_PATTERN.test('7')).toBe(true);
    expect(TASK_ID_PATTERN.test(id128)).toBe(true);
    expect(TASK_ID_PATTERN.test(id129)).toBe(false);
    expect(TASK_ID_PATTERN.test('')).toBe(false);
    expect(TASK_ID_PATTERN.test('video_xxx-1')).toBe(true);
    expect(TASK_ID_PATTERN.test('-x')).toBe(false);
  });
});
