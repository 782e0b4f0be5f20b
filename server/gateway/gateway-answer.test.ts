import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanAnswer, decodeBody, passedHeaders } from './gateway-answer.ts';

describe('passedHeaders', () => {
  it('keeps Content-Type and Retry-After in their own shapes only', () => {
    expect(passedHeaders({ 'content-type': 'Application/JSON; charset=UTF-8; x=1', 'retry-after': ' 3 ', server: 'gw' }, 'sk-1')).toEqual({
      'Content-Type': 'application/json; charset=utf-8',
      'Retry-After': '3',
    });
    expect(passedHeaders({ 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }, 'sk-1')).toEqual({
      'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT',
    });
    expect(passedHeaders({ 'content-type': 'text/html<script>', 'retry-after': 'soon' }, 'sk-1')).toEqual({});
  });

  it('drops a value that is the key', () => {
    expect(passedHeaders({ 'retry-after': '123456789' }, '123456789')).toEqual({});
  });
});

describe('decodeBody', () => {
  it('undoes gzip, said or not, and refuses what it does not know', async () => {
    const packed = gzipSync('{"a":1}');
    expect(await decodeBody(packed, 'gzip', 1000)).toEqual({ ok: true, body: Buffer.from('{"a":1}') });
    expect(await decodeBody(packed, undefined, 1000)).toEqual({ ok: true, body: Buffer.from('{"a":1}') });
    expect((await decodeBody(Buffer.from('x'), 'zstd', 1000)).ok).toBe(false);
  });

  it('stops a compressed body at the size cap (a zip bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    const decoded = await decodeBody(bomb, 'gzip', 1024 * 1024);
    expect(decoded.ok).toBe(false);
  });
});

describe('cleanAnswer', () => {
  it('passes an answer without the key byte for byte (big ids stay exact)', async () => {
    const raw = Buffer.from('{"id":12345678901234567890,"url":"https:\\/\\/x.example\\/a?b=1\\u0026c=2"}');
    const answer = await cleanAnswer(200, { 'content-type': 'application/json' }, raw, { apiKey: 'sk-1', maxBytes: 1000 });
    expect(Buffer.from(answer.body).equals(raw)).toBe(true);
  });
});
