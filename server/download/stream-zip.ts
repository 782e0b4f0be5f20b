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
// which is already on its way to the browser by then.

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
const addClip = async (zip: ZipFile, name: string, { body }: OpenedClip, signal: AbortSignal, missing: string[]) => {
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
  signal.addEventListener('abort', stop, { once: true });
  body.pipe(entry);
  await finished(entry).catch(() => {});
  signal.removeEventListener('abort', stop);
};

export const streamZip = (
  requests: ClipRequest[],
  open: (request: ClipRequest) => Promise<OpenClipResult>,
  signal: AbortSignal,
  /** What MISSING.txt must never show (the key), whatever a gateway's reasons say. */
  secrets: readonly string[],
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
      const opened = await open(request);
      if (!opened.ok) {
        missing.push(`${name}: ${reasonOf(opened.response)}`);
        continue;
      }
      await addClip(zip, name, opened.clip, signal, missing);
    }
    if (signal.aborted) return void (await sent.catch(() => {}));
    if (missing.length > 0) zip.addBuffer(Buffer.from(missingText(missing, secrets)), MISSING_FILE, { compress: false });
    zip.end();
    await sent.catch(() => res.destroy());
  },
});
