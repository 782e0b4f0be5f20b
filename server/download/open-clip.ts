import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Transform, type Readable } from 'node:stream';
import { proxyError, type ProxyResponse } from '../gateway/proxy-response.ts';
import { lookupFor, refuseClipUrl, RefusedClipAddress, type ClipPolicy } from '../gateway/clip-url-policy.ts';

// Opens the clip URL the gateway returned: GET only, no credentials (the clip host never
// sees the key), at most MAX_REDIRECTS redirects each checked like the first address,
// a timeout on every wait, an overall deadline on the whole download, and a byte cap on
// the body.

export const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// What CDNs answer for a deleted or expired object (signed URLs past their date say 403).
const EXPIRED = new Set([403, 404, 410]);
// A login page or a JSON error saved as .mp4 helps no one.
const NOT_VIDEO = /^(text\/|application\/(json|xml|xhtml)|[^;]*\+(json|xml))/i;

export type ClipLimits = {
  maxBytes: number;
  /** DOWNLOAD_TIMEOUT_MS: idle time (no answer, or nothing between two chunks). */
  timeoutMs: number;
  /** DOWNLOAD_TOTAL_TIMEOUT_MS: the whole clip, from the first DNS lookup to the last byte. */
  totalTimeoutMs: number;
  /** DOWNLOAD_ZIP_TIMEOUT_MS: a whole zip, its every clip included (stream-zip.ts). */
  zipTimeoutMs: number;
};
export type OpenClipOptions = ClipLimits & { policy: ClipPolicy; signal?: AbortSignal };
export type OpenedClip = { body: Readable; length: number | null };
export type OpenClipResult = { ok: true; clip: OpenedClip } | { ok: false; response: ProxyResponse };

const fail = (response: ProxyResponse): OpenClipResult => ({ ok: false, response });
const badClip = (message: string) => fail(proxyError(502, 'bad_clip', message));

class ClipTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`The clip host did not answer in time (DOWNLOAD_TIMEOUT_MS = ${timeoutMs} ms)`);
  }
}

/** The overall deadline passed: before the headers it becomes a 504, after them the body fails with it. */
export class ClipDeadline extends Error {
  constructor(totalTimeoutMs: number) {
    super(`The clip took longer than the studio allows (DOWNLOAD_TOTAL_TIMEOUT_MS = ${totalTimeoutMs} ms)`);
  }
}

type Deadline = {
  /** Destroys `target` when the deadline passes (at once if it has); one target at a time. */
  watch(target: { destroy(error: Error): unknown }): void;
  clear(): void;
};

// The idle timeout alone lets a host that sends one byte just inside it hold a download
// (and its in-flight slot) for as long as it likes; this one timer bounds the whole clip.
const startDeadline = (totalTimeoutMs: number): Deadline => {
  let target: { destroy(error: Error): unknown } | null = null;
  let passed: ClipDeadline | null = null;
  const timer = setTimeout(() => {
    passed = new ClipDeadline(totalTimeoutMs);
    target?.destroy(passed);
  }, totalTimeoutMs);
  return {
    watch(next) {
      target = next;
      if (passed) next.destroy(passed);
    },
    clear: () => clearTimeout(timer),
  };
};

export class ClipTooLarge extends Error {
  constructor(maxBytes: number) {
    super(`The clip is larger than the studio accepts (DOWNLOAD_MAX_BYTES = ${maxBytes} bytes)`);
  }
}

/** Passes at most maxBytes, then fails the stream. */
export const capBytes = (maxBytes: number) => {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.byteLength;
      callback(seen > maxBytes ? new ClipTooLarge(maxBytes) : null, seen > maxBytes ? undefined : chunk);
    },
  });
};

const get = (url: URL, options: OpenClipOptions, overall: Deadline): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      headers: { Accept: 'video/mp4,video/*;q=0.9,*/*;q=0.1', 'User-Agent': 'kling-studio' },
      lookup: lookupFor(url, options.policy),
      agent: false,
      signal: options.signal,
      // Idle time on the socket: connecting, waiting for the answer, and between chunks.
      timeout: options.timeoutMs,
    });
    // The socket timeout does not cover the DNS lookup; this deadline covers up to the headers.
    const deadline = setTimeout(() => req.destroy(new ClipTimeout(options.timeoutMs)), options.timeoutMs);
    overall.watch(req);
    let answered: IncomingMessage | null = null;
    // Once the headers are in, the body fails with the reason (else it would only say "aborted").
    req.on('timeout', () => (answered ?? req).destroy(new ClipTimeout(options.timeoutMs)));
    req.on('response', (response) => {
      clearTimeout(deadline);
      answered = response;
      resolve(response);
    });
    req.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    req.end();
  });

const afterRedirect = (hop: number, message: string) => (hop === 0 ? message : `After a redirect: ${message}`);

const failure = (error: unknown, hop: number): OpenClipResult => {
  if (error instanceof RefusedClipAddress) return badClip(afterRedirect(hop, error.message));
  if (error instanceof ClipTimeout || error instanceof ClipDeadline) return fail(proxyError(504, 'upstream_timeout', error.message));
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  return fail(proxyError(502, 'upstream_unreachable', `The clip host could not be reached${code}`));
};

const accept = (response: IncomingMessage, options: OpenClipOptions, overall: Deadline): OpenClipResult => {
  const status = response.statusCode ?? 0;
  const length = Number(response.headers['content-length']);
  const known = Number.isSafeInteger(length) && length >= 0 ? length : null;
  const refuse = (result: OpenClipResult) => {
    response.destroy();
    return result;
  };
  if (EXPIRED.has(status))
    return refuse(
      fail(
        proxyError(410, 'clip_expired', `The gateway keeps clips about 30 days; this one has expired (the clip host answered ${status})`),
      ),
    );
  if (status < 200 || status > 299) return refuse(fail(proxyError(502, 'upstream_unreachable', `The clip host answered HTTP ${status}`)));
  if (NOT_VIDEO.test(response.headers['content-type'] ?? ''))
    return refuse(badClip(`The clip address answered with ${response.headers['content-type']}, not a video`));
  if (known !== null && known > options.maxBytes) return refuse(badClip(new ClipTooLarge(options.maxBytes).message));
  const body = response.pipe(capBytes(options.maxBytes));
  response.on('error', (error) => body.destroy(error));
  body.on('error', () => response.destroy());
  // Mid-body the deadline fails the stream: a single download is cut short (its
  // Content-Length tells the browser it failed), a zip names the entry incomplete.
  overall.watch(body);
  body.once('close', () => overall.clear());
  return { ok: true, clip: { body, length: known } };
};

const follow = async (address: string, options: OpenClipOptions, overall: Deadline): Promise<OpenClipResult> => {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return badClip('The gateway gave a clip address that is not a URL');
  }
  for (let hop = 0; ; hop++) {
    const refusal = refuseClipUrl(url, options.policy);
    if (refusal) return badClip(afterRedirect(hop, refusal));
    let response: IncomingMessage;
    try {
      response = await get(url, options, overall);
    } catch (error) {
      return failure(error, hop);
    }
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return accept(response, options, overall);
    response.destroy();
    if (hop >= MAX_REDIRECTS) return badClip(`The clip address redirected more than ${MAX_REDIRECTS} times`);
    try {
      url = new URL(location, url);
    } catch {
      return badClip('The clip host redirected to an address that is not a URL');
    }
  }
};

export const openClip = async (address: string, options: OpenClipOptions): Promise<OpenClipResult> => {
  const overall = startDeadline(options.totalTimeoutMs);
  const result = await follow(address, options, overall);
  // An open clip's body clears the deadline when it closes; anything else is over now.
  if (!result.ok) overall.clear();
  return result;
};
