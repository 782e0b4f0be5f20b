import { proxyError, type ProxyResponse } from './proxy-response.ts';
import { REDACTED, redact } from './redact.ts';

export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export type GatewayTarget = { baseUrl: string; apiKey: string };

export type ForwardOptions = GatewayTarget & {
  timeoutMs: number;
  maxResponseBytes?: number;
  fetch?: typeof fetch;
};

export type GatewayRequest = { method: 'GET' | 'POST'; path: string; body?: string };

const PASSED_HEADERS = ['content-type', 'retry-after'] as const;

const tooLarge = () => proxyError(502, 'upstream_too_large', 'The gateway answered with more data than the studio accepts');

/** Reads at most maxBytes; null beyond that (and the rest is cancelled, not buffered). */
const readCapped = async (response: Response, maxBytes: number): Promise<Uint8Array | null> => {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
};

const failure = (error: unknown, apiKey: string): ProxyResponse => {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return proxyError(504, 'upstream_timeout', 'The gateway did not answer in time');
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? ` (${cause.code})` : '';
  return proxyError(502, 'upstream_unreachable', redact(`The gateway could not be reached${code}`, apiKey));
};

/**
 * Sends one allow-listed request to the gateway with the studio's key and nothing from
 * the browser, and returns the status, Content-Type, Retry-After and body only. The
 * gateway's answers carry its bytes; the forwarder's own failures (timeout, unreachable,
 * redirect, too large) are studio_proxy errors with a string body.
 */
export const forwardToGateway = async (request: GatewayRequest, options: ForwardOptions): Promise<ProxyResponse> => {
  const { baseUrl, apiKey, timeoutMs, maxResponseBytes = MAX_RESPONSE_BYTES, fetch: send = fetch } = options;
  const headers: Record<string, string> = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  // One deadline for the headers and the body together.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await send(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.body,
      signal,
      // A redirect could carry the key elsewhere; the contract has none.
      redirect: 'manual',
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => {});
      return proxyError(502, 'upstream_redirect', `The gateway answered with a redirect (${response.status})`);
    }
    const body = await readCapped(response, maxResponseBytes);
    if (body === null) return tooLarge();
    const passed: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) passed[name === 'content-type' ? 'Content-Type' : 'Retry-After'] = value;
    }
    // A gateway that echoes the credential back must not hand it to the browser. Latin-1
    // maps bytes 1:1, so replacing the ASCII key cannot break the UTF-8 around it.
    const text = Buffer.from(body).toString('latin1');
    const safeBody = text.includes(apiKey) ? Buffer.from(text.split(apiKey).join(REDACTED), 'latin1') : body;
    return { status: response.status, headers: passed, body: safeBody };
  } catch (error) {
    return failure(error, apiKey);
  }
};
