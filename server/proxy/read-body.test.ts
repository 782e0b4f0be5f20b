import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseJsonObject, readBody, readJsonObjectBody, type IncomingBody } from './read-body.ts';

const body = (chunks: string[], headers: IncomingBody['headers'] = {}): IncomingBody =>
  Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { headers });

describe('readBody', () => {
  it('reads the whole body under the cap', async () => {
    expect((await readBody(body(['{"a":', '1}']), 100))?.toString()).toBe('{"a":1}');
  });

  it('stops at the cap while streaming', async () => {
    expect(await readBody(body(['12345', '67890']), 8)).toBeNull();
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    expect(await readBody(body([], { 'content-length': '9' }), 8)).toBeNull();
  });
});

describe('parseJsonObject', () => {
  it.each(['{"prompt":"a cat"}', '  {}  '])('accepts %s', (text) => {
    expect(parseJsonObject(Buffer.from(text))).toEqual({ ok: true, text });
  });

  it.each(['', 'not json', '[1]', 'null', '"text"', '42', '{"a":1'])('refuses %j with 400', (text) => {
    const result = parseJsonObject(Buffer.from(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(400);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(parseJsonObject(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])).ok).toBe(false);
  });
});

describe('readJsonObjectBody', () => {
  it('answers 413 with Connection: close beyond the cap', async () => {
    const result = await readJsonObjectBody(body(['{"a":"', 'x'.repeat(50), '"}']), 16);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(413);
      expect(result.response.headers.Connection).toBe('close');
    }
  });
});
