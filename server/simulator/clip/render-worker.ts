import { parentPort } from 'node:worker_threads';
import type { ClipSpec } from './clip-spec.ts';
import { encodeClip } from './encode-clip.ts';

export type RenderRequest = { id: number; spec: ClipSpec };
export type RenderResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('render-worker.ts must be started as a worker thread (see render-pool.ts)');

port.on('message', (request: RenderRequest) => {
  encodeClip(request.spec).then(
    (encoded) => {
      // Transferring hands the buffer over without a copy; it must be exclusively ours to transfer.
      const bytes = encoded.byteOffset === 0 && encoded.byteLength === encoded.buffer.byteLength ? encoded : encoded.slice();
      const response: RenderResponse = { id: request.id, ok: true, bytes };
      port.postMessage(response, [bytes.buffer as ArrayBuffer]);
    },
    (err: unknown) => {
      const response: RenderResponse = {
        id: request.id,
        ok: false,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      };
      port.postMessage(response);
    },
  );
});
