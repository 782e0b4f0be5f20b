import { kinds, surfaces, TASK_ID_PATTERN, type TaskRef } from '../../src/api/gateway-routes.ts';
import { PROMPT_MAX } from '../../src/api/contract-limits.ts';

// The download routes' own inputs, checked strictly. `prompt` and `mode` only name the
// file; nothing from the request is ever used to decide what to fetch except the task ref.

export const DOWNLOAD_PREFIX = '/download';
export const ZIP_PATH = '/download/zip';
export const ZIP_MAX_CLIPS = 50;

export type ClipRequest = { ref: TaskRef; mode: string | null; prompt: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const MODES = ['std', 'pro'];

type Hints = { mode: string | null; prompt: string };

/** Field names are `mode`/`prompt`, or `t[i].mode`/`t[i].prompt` in a zip. */
const checkHints = (at: string, mode: string | null, prompt: string): Parsed<Hints> => {
  if (mode !== null && mode !== '' && !MODES.includes(mode))
    return { ok: false, field: `${at}mode`, message: `${at}mode must be std or pro` };
  if (prompt.length > PROMPT_MAX)
    return { ok: false, field: `${at}prompt`, message: `${at}prompt must be at most ${PROMPT_MAX} characters (it has ${prompt.length})` };
  return { ok: true, value: { mode: mode || null, prompt } };
};

const refOf = (surface: string | undefined, kind: string | undefined, id: string | undefined): TaskRef | null => {
  const s = surfaces.find((known) => known === surface);
  const k = kinds.find((known) => known === kind);
  return s && k && id !== undefined && TASK_ID_PATTERN.test(id) ? { surface: s, kind: k, id } : null;
};

/** `/download/{surface}/{kind}/{id}` compared segment by segment, raw: anything else is not a route. */
export const matchClipPath = (rawPath: string): TaskRef | null => {
  const [empty, download, surface, kind, id, ...rest] = rawPath.split('/');
  if (empty !== '' || `/${download}` !== DOWNLOAD_PREFIX || rest.length > 0) return null;
  return refOf(surface, kind, id);
};

export const isDownloadPath = (rawPath: string) => rawPath === DOWNLOAD_PREFIX || rawPath.startsWith(`${DOWNLOAD_PREFIX}/`);

export const parseClipQuery = (ref: TaskRef, query: URLSearchParams): Parsed<ClipRequest> => {
  const checked = checkHints('', query.get('mode'), query.get('prompt') ?? '');
  return checked.ok ? { ok: true, value: { ref, ...checked.value } } : checked;
};

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

/** `t=<surface>:<kind>:<id>:<mode>:<prompt-hint>`, each part URL-encoded, 1 to ZIP_MAX_CLIPS times. */
export const parseZipQuery = (query: URLSearchParams): Parsed<ClipRequest[]> => {
  const all = query.getAll('t');
  if (all.length < 1 || all.length > ZIP_MAX_CLIPS)
    return { ok: false, field: 't', message: `t must be given 1 to ${ZIP_MAX_CLIPS} times (it was given ${all.length} times)` };
  const clips: ClipRequest[] = [];
  for (const [i, value] of all.entries()) {
    const field = `t[${i}]`;
    const parts = value.split(':');
    const decoded = parts.length === 5 ? parts.map(decode) : [];
    const [surface, kind, id, mode, prompt] = decoded;
    const ref = refOf(surface ?? undefined, kind ?? undefined, id ?? undefined);
    if (!ref || mode == null || prompt == null)
      return {
        ok: false,
        field,
        message: `${field} must be surface:kind:id:mode:prompt, each part URL-encoded, with surface ${surfaces.join(' or ')}, kind ${kinds.join(' or ')} and an id of 1 to 128 letters, digits, _ or -`,
      };
    const checked = checkHints(`${field}.`, mode, prompt);
    if (!checked.ok) return checked;
    clips.push({ ref, ...checked.value });
  }
  return { ok: true, value: clips };
};
