// The gateway paths the studio may use. Shared by the browser client (to build
// URLs) and the proxy (as its allow-list), so the two can never drift apart.

export const surfaces = ['unified', 'kling'] as const;
export type Surface = (typeof surfaces)[number];

export const kinds = ['text2video', 'image2video'] as const;
export type Kind = (typeof kinds)[number];

export type TaskRef = { surface: Surface; kind: Kind; id: string };

// Ids are opaque (Kling's numeric ids, the gateway's `video_…`/`task_…`), but bounded
// so that nothing path-like can ride inside one.
export const TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

const UNIFIED = '/v1/video/generations';
const KLING = '/kling/v1/videos';

export const createPath = (surface: Surface, kind: Kind): string => (surface === 'unified' ? UNIFIED : `${KLING}/${kind}`);

export const queryPath = (ref: TaskRef): string => `${createPath(ref.surface, ref.kind)}/${encodeURIComponent(ref.id)}`;

export type GatewayRoute =
  | { action: 'create'; surface: Surface; kind: Kind | null }
  | { action: 'query'; ref: TaskRef | { surface: 'unified'; kind: null; id: string } };

/**
 * Matches a method and a decoded-free raw path (no query string) against the contract.
 * Returns null for anything else, including `..`, encoded slashes and double slashes,
 * because it compares the raw segments exactly.
 */
export const matchGatewayRoute = (method: string, rawPath: string): GatewayRoute | null => {
  const segments = rawPath.split('/');
  if (segments[0] !== '' || segments.slice(1).some((s) => s === '')) return null;
  const path = segments.slice(1);
  const id = (s: string | undefined) => (s !== undefined && TASK_ID_PATTERN.test(s) ? s : null);

  if (path[0] === 'v1' && path[1] === 'video' && path[2] === 'generations') {
    if (path.length === 3 && method === 'POST') return { action: 'create', surface: 'unified', kind: null };
    const taskId = id(path[3]);
    if (path.length === 4 && method === 'GET' && taskId) return { action: 'query', ref: { surface: 'unified', kind: null, id: taskId } };
    return null;
  }
  if (path[0] === 'kling' && path[1] === 'v1' && path[2] === 'videos') {
    const kind = kinds.find((k) => k === path[3]);
    if (!kind) return null;
    if (path.length === 4 && method === 'POST') return { action: 'create', surface: 'kling', kind };
    const taskId = id(path[4]);
    if (path.length === 5 && method === 'GET' && taskId) return { action: 'query', ref: { surface: 'kling', kind, id: taskId } };
  }
  return null;
};
