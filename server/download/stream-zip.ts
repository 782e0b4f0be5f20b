import { PassThrough } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { API_HEADERS, type ApiResponse, type ProxyResponse } from '../gateway/proxy-response.ts';
import { redact } from '../gateway/redact.ts';
import { clipFileNames, uniqueNames } from './clip-file-name.ts';
import type { ClipRequest } from './download-request.ts';
import type { OpenClipResult, OpenedClip } from './open-clip.ts';

// Several clips in one zip, fetched one after another so memory stays at one stream's
// buffers whatever the count. Stored, not deflated: MP4 is already compressed. A clip
// that cannot be had becomes a line in MISSING.txt instead of failing the whole zip,
// which is already on its way to the browser by then. The zip as a whole has a deadline
// (DOWNLOAD_ZIP_TIMEOUT_MS): each clip has its own, but fifty slow ones would otherwise
// hold a download slot for fifty times that. Past it, the clip being fetched is cut where it
// is, the rest are named in MISSING.txt, and the zip ends readable.

export const MISSING_FILE = 'MISSING.txt';

const reasonOf = (response: ProxyResponse): string => {
  try {
    return (JSON.parse(String(response.body)) as { error: { message: string } }).error.message;
  } catch {
    return `HTTP ${response.status}`;
  }
};

// Each line is redacted on its own, so a reason that gives the key away costs only its line.
const missingText = (missing: string[], secrets: readonly string[]) =>
  `These clips could not be put in this zip:\n\n${missing.map((line) => `- ${redact(line, ...secrets)}`).join('\n')}\n`;

/** Streams one clip into the zip as the next entry; resolves once it is all in (or cut off). */
const addClip = async (zip: ZipFile, name: string, { body }: OpenedClip, signal: AbortSignal, deadline: AbortSignal, missing: string[]) => {
  const entry = new PassThrough();
  zip.addReadStream(entry, name, { compress: false });
  // The entry is in the zip already: a clip cut off half-way is closed where it stopped
  // and named in MISSING.txt, so the zip itself stays readable.
  body.on('error', (error) => {
    missing.push(`${name}: incomplete, the download stopped part-way (${error.message})`);
    body.unpipe(entry);
    entry.end();
  });
  const stop = () => {
    body.destroy();
    entry.destroy();
  };
  const late = () => body.destroy(new Error('the zip passed its time limit'));
  signal.addEventListener('abort', stop, { once: true });
  deadline.addEventListener('abort', late, { once: true });
  if (deadline.aborted) late();
  body.pipe(entry);
  await finished(entry).catch(() => {});
  signal.removeEventListener('abort', stop);
  deadline.removeEventListener('abort', late);
};

export const streamZip = (
  requests: ClipRequest[],
  open: (request: ClipRequest) => Promise<OpenClipResult>,
  signal: AbortSignal,
  /** What MISSING.txt must never show (the key), whatever a gateway's reasons say. */
  secrets: readonly string[],
  /** Aborts when the zip as a whole has taken too long. */
  deadline: AbortSignal = new AbortController().signal,
): ApiResponse => ({
  stream: async (res) => {
    res.writeHead(200, {
      ...API_HEADERS,
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="kling-clips-${requests.length}.zip"`,
    });
    const zip = new ZipFile();
    zip.on('error', () => res.destroy());
    const sent = pipeline(zip.outputStream, res);
    const unique = uniqueNames();
    const missing: string[] = [];
    for (const request of requests) {
      if (signal.aborted) break;
      const name = unique(clipFileNames({ prompt: request.prompt, mode: request.mode, id: request.ref.id }).unicode);
      if (deadline.aborted) {
        missing.push(`${name}: not fetched, the zip passed its time limit (DOWNLOAD_ZIP_TIMEOUT_MS)`);
        continue;
      }
      const opened = await open(request);
      if (!opened.ok) {
        missing.push(`${name}: ${reasonOf(opened.response)}`);
        continue;
      }
      await addClip(zip, name, opened.clip, signal, deadline, missing);
    }
    if (signal.aborted) return void (await sent.catch(() => {}));
    if (missing.length > 0) zip.addBuffer(Buffer.from(missingText(missing, secrets)), MISSING_FILE, { compress: false });
    zip.end();
    await sent.catch(() => res.destroy());
  },
});
