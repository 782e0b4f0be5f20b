import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBodyBudget } from './body-budget.ts';
import { parseJsonObject, readBody, readJsonObjectBody, type IncomingBody } from './read-body.ts';

const body = (chunks: string[], headers: IncomingBody['headers'] = {}): IncomingBody =>
  Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { headers });

const limits = (maxBytes: number, budget = createBodyBudget()) => ({ maxBytes, timeoutMs: 5000, budget });
const textOf = (read: Awaited<ReturnType<typeof readBody>>) => (read.ok ? read.bytes.toString() : read.why);

describe('readBody', () => {
  it('reads the whole body under the cap', async () => {
    expect(textOf(await readBody(body(['{"a":', '1}']), limits(100)))).toBe('{"a":1}');
  });

  it('stops at the cap while streaming', async () => {
    expect(textOf(await readBody(body(['12345', '67890']), limits(8)))).toBe('too_large');
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    expect(textOf(await readBody(body([], { 'content-length': '9' }), limits(8)))).toBe('too_large');
  });
});

describe('readBody, the budget shared by all clients', () => {
  it('counts the bytes until they are released, and gives back a refused body', async () => {
    const budget = createBodyBudget(10);
    const first = await readBody(body(['12345', '678']), limits(100, budget));
    expect(budget.held()).toBe(8);
    expect(textOf(await readBody(body(['abc']), limits(100, budget)))).toBe('busy');
    expect(budget.held()).toBe(8);
    if (first.ok) first.release();
    if (first.ok) first.release(); // twice is once
    expect(budget.held()).toBe(0);
    expect(textOf(await readBody(body(['abc']), limits(100, budget)))).toBe('abc');
  });

  it('answers 408 for a body that does not arrive in time, and 503 with Retry-After when the budget is spent', async () => {
    const never = Object.assign(new PassThrough(), { headers: {} });
    never.write('{"a":');
    const late = await readJsonObjectBody(never, { maxBytes: 100, timeoutMs: 50, budget: createBodyBudget() });
    expect(late.ok ? 200 : [late.response.status, late.response.headers.Connection]).toEqual([408, 'close']);
    const full = await readJsonObjectBody(body(['{"a":1}']), { maxBytes: 100, timeoutMs: 50, budget: createBodyBudget(3) });
    expect(full.ok ? 200 : [full.response.status, full.response.headers['Retry-After']]).toEqual([503, '2']);
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
    const result = await readJsonObjectBody(body(['{"a":"', 'x'.repeat(50), '"}']), limits(16));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(413);
      expect(result.response.headers.Connection).toBe('close');
    }
  });
});
