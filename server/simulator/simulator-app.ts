import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchGatewayRoute } from '../../src/api/gateway-routes.ts';
import { adminHostRefusal, handleAdmin } from './admin-routes.ts';
import { documentProfile } from './document-profile.ts';
import { gatewayInvalid, malformedReply } from './error-replies.ts';
import { createFaultQueue } from './faults.ts';
import { BodyTooLargeError, jsonReply, parseJson, readBody, writeReply, type Reply } from './http-io.ts';
import { newApiProfile } from './new-api-profile.ts';
import type { ProfileHandlers } from './profile-handlers.ts';
import { createRequestLog } from './request-log.ts';
import { serveClip } from './serve-clip.ts';
import type { ClipSource, SimContext } from './sim-context.ts';
import { DEFAULT_SIM_PROFILE, type SimProfile } from './sim-profile.ts';
import { createSimTaskStore } from './sim-task-store.ts';

export type AppConfig = {
  clips: ClipSource;
  publicUrl: string;
  apiKey?: string;
  timeScale: number;
  maxRunning: number;
  profile?: SimProfile; // default 'document'
  log?: (line: string) => void;
};

const profiles: Record<SimProfile, ProfileHandlers> = { document: documentProfile, 'new-api': newApiProfile };

const HANG_DEFAULT_MS = 60_000;
const DELAY_DEFAULT_MS = 1_000;

const authOf = (header: string | undefined, apiKey: string | undefined): 'ok' | 'missing' | 'invalid' => {
  const key = header ? /^Bearer\s+(\S.*)$/i.exec(header.trim())?.[1]?.trim() : undefined;
  if (!header) return 'missing';
  if (!key) return 'invalid';
  if (apiKey === undefined) return 'ok';
  const given = Buffer.from(key);
  const wanted = Buffer.from(apiKey);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? 'ok' : 'invalid';
};

export const createSimulatorApp = (config: AppConfig) => {
  const tasks = createSimTaskStore();
  const faults = createFaultQueue();
  const requests = createRequestLog();
  const timers = new Set<NodeJS.Timeout>();
  const now = () => Date.now();
  const profile = config.profile ?? DEFAULT_SIM_PROFILE;
  const answers = profiles[profile];
  const context: SimContext = {
    profile,
    tasks,
    clips: config.clips,
    publicUrl: config.publicUrl,
    timeScale: config.timeScale,
    maxRunning: config.maxRunning,
    now,
  };

  const wait = (ms: number, then: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      then();
    }, ms);
    timers.add(timer);
  };

  const handleGateway = async (req: IncomingMessage, res: ServerResponse, method: string, path: string, query: string) => {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return writeReply(res, gatewayInvalid('request body too large', 413));
      throw error;
    }
    const body = parseJson(raw);
    const entry = requests.record({ method, path, query, headers: req.headers, body: body ?? null, at: now() });
    const route = matchGatewayRoute(method, path);
    if (!route) return writeReply(res, answers.routeNotFound(method, path));
    const surface = route.action === 'create' ? route.surface : route.ref.surface;

    const fault = faults.take(route.action);
    if (fault?.fault === 'status') return writeReply(res, answers.statusFailure(surface, fault.status ?? 500, fault.retryAfter));
    if (fault?.fault === 'malformed') return writeReply(res, malformedReply());
    if (fault?.fault === 'reset') return void req.socket.destroy();
    if (fault?.fault === 'hang') return wait(fault.ms ?? HANG_DEFAULT_MS, () => req.socket.destroy());
    if (fault?.fault === 'delay') await new Promise<void>((resolve) => wait(fault.ms ?? DELAY_DEFAULT_MS, resolve));
    if (res.destroyed) return;

    const auth = authOf(req.headers.authorization, config.apiKey);
    if (auth !== 'ok') return writeReply(res, answers.authFailure(surface, auth));
    let reply: Reply;
    if (route.action === 'create') {
      const outcome = answers.create(context, { surface, kind: route.kind, body, raw });
      if (outcome.notes) requests.note(entry, outcome.notes);
      reply = outcome.reply;
    } else reply = answers.query(context, route.ref);
    writeReply(res, reply, fault?.fault === 'truncated');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = now();
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const query = mark < 0 ? '' : url.slice(mark + 1);
    // Method, path, status and time only: never headers, which carry the key.
    res.on('close', () => config.log?.(`${method} ${path} ${res.headersSent ? res.statusCode : 'no-answer'} ${now() - started}ms`));
    try {
      if (path.startsWith('/__sim/'))
        return writeReply(
          res,
          adminHostRefusal(req) ??
            handleAdmin({ tasks, faults, requests, now }, method, path, new URLSearchParams(query), await readBody(req)),
        );
      if (path.startsWith('/files/')) return await serveClip(req, res, path, new URLSearchParams(query), config.clips, now());
      await handleGateway(req, res, method, path, query);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      const message = error instanceof Error ? error.message : String(error);
      writeReply(res, jsonReply(500, { error: { message: `simulator error: ${message}`, type: 'new_api_error', code: 'internal_error' } }));
    }
  };

  return {
    handle,
    dispose: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
};
