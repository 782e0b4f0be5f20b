import { pipeline } from 'node:stream/promises';
import type { ForwardOptions } from '../gateway/forward-to-gateway.ts';
import { API_HEADERS, notFound, proxyError, type ApiResponse } from '../gateway/proxy-response.ts';
import { clipFileNames, contentDisposition } from './clip-file-name.ts';
import type { ClipPolicy } from '../gateway/clip-url-policy.ts';
import { matchClipPath, parseClipQuery, parseZipQuery, ZIP_PATH, type ClipRequest, type Parsed } from './download-request.ts';
import { findClipUrl } from './find-clip.ts';
import { openClip, type ClipLimits, type OpenClipResult } from './open-clip.ts';
import { streamZip } from './stream-zip.ts';

export type DownloadContext = {
  gateway: ForwardOptions;
  clip: ClipLimits & {
    policy: ClipPolicy;
    /** Where the server itself fetches a clip the gateway named (the embedded simulator's, served to browsers elsewhere). */
    internalUrl?: (url: string) => string;
  };
  /** Aborted when the browser goes away, so nothing keeps downloading for no one. */
  signal: AbortSignal;
};

/** The gateway lookup, then the clip itself: either an open clip or the JSON error to answer. */
export const fetchClip = async (request: ClipRequest, context: DownloadContext): Promise<OpenClipResult> => {
  const found = await findClipUrl(request.ref, context.gateway);
  if (!found.ok) return found;
  return openClip(context.clip.internalUrl?.(found.url) ?? found.url, { ...context.clip, signal: context.signal });
};

const invalid = (parsed: Extract<Parsed<unknown>, { ok: false }>) => proxyError(400, 'invalid_request', parsed.message);

const downloadOne = async (request: ClipRequest, context: DownloadContext): Promise<ApiResponse> => {
  const opened = await fetchClip(request, context);
  if (!opened.ok) return opened.response;
  const { body, length } = opened.clip;
  const names = clipFileNames({ prompt: request.prompt, mode: request.mode, id: request.ref.id });
  return {
    stream: async (res) => {
      res.writeHead(200, {
        ...API_HEADERS,
        'Content-Type': 'video/mp4',
        'Content-Disposition': contentDisposition(names),
        ...(length === null ? {} : { 'Content-Length': String(length) }),
      });
      // A failure mid-way (cap, timeout, host gone) cuts the response short: with
      // Content-Length set, the browser reports the download as failed, not complete.
      await pipeline(body, res).catch(() => res.destroy());
    },
  };
};

/** GET /download/{surface}/{kind}/{id} and GET /download/zip; 404 for any other /download path. */
export const routeDownload = async (path: string, query: URLSearchParams, context: DownloadContext): Promise<ApiResponse> => {
  if (path === ZIP_PATH) {
    const parsed = parseZipQuery(query);
    if (!parsed.ok) return invalid(parsed);
    const deadline = AbortSignal.timeout(context.clip.zipTimeoutMs);
    return streamZip(parsed.value, (request) => fetchClip(request, context), context.signal, [context.gateway.apiKey], deadline);
  }
  const ref = matchClipPath(path);
  if (!ref) return notFound();
  const parsed = parseClipQuery(ref, query);
  return parsed.ok ? downloadOne(parsed.value, context) : invalid(parsed);
};
