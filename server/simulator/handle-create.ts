import type { Kind, Surface } from '../../src/api/gateway-routes.ts';
import { kindOf, type GenerationRequest } from '../../src/api/generation-request.schema.ts';
import { parseCreateBody } from '../../src/api/parse-create-body.ts';
import { bodyNotJson, concurrencyLimit, gatewayInvalid, invalidParameter, malformedReply, statusFailure } from './error-replies.ts';
import { readPromptTokens } from './faults.ts';
import { klingCreated, unifiedCreated } from './format-responses.ts';
import { jsonReply, type Reply } from './http-io.ts';
import { klingPayloadOf } from './kling-payload.ts';
import { checkKling } from './kling-rules.ts';
import type { SimContext } from './sim-context.ts';
import { startRender } from './start-render.ts';

// A create in the document profile: each surface in its own documented shapes.

const promptOf = (body: unknown): string | null => {
  if (typeof body !== 'object' || body === null || !('prompt' in body)) return null;
  const prompt = (body as { prompt: unknown }).prompt;
  return typeof prompt === 'string' && prompt.trim() ? prompt : null;
};

// Kling picks the endpoint by the first frame; the Kling-compatible surface
// makes the caller choose, and rejects a mismatch.
const kindProblem = (kind: Kind, request: GenerationRequest): string | null => {
  if (kind === 'text2video' && (request.image || request.imageTail)) return 'text2video does not take image or image_tail; use image2video';
  if (kind === 'image2video' && !request.image && !request.imageTail) return 'image2video needs image (the first frame)';
  return null;
};

export const handleCreate = (context: SimContext, surface: Surface, routeKind: Kind | null, body: unknown): Reply => {
  if (body === undefined) return bodyNotJson();
  // The gateway itself checks only that a prompt is present.
  const prompt = promptOf(body);
  if (prompt === null) return gatewayInvalid('prompt is required');

  const tokens = readPromptTokens(prompt);
  if (tokens.has('429')) return statusFailure(surface, 429, 2);
  if (tokens.has('500')) return statusFailure(surface, 500);
  if (tokens.has('malformed')) return malformedReply();

  const parsed = parseCreateBody(surface, body);
  if (!parsed.ok) {
    const { field, message } = parsed.problem;
    return invalidParameter(surface, message.includes(field) ? message : `${field}: ${message}`);
  }
  const { request } = parsed;
  const kind = routeKind ?? kindOf(request);
  const problem = kindProblem(kind, request);
  if (problem) return invalidParameter(surface, problem);
  if (!request.model.trim()) return invalidParameter(surface, 'model is required');
  const issue = checkKling(klingPayloadOf(request, parsed))[0];
  if (issue) return invalidParameter(surface, issue);
  if (request.externalTaskId && context.tasks.externalIdTaken(request.externalTaskId))
    return invalidParameter(surface, 'external_task_id already exists');

  const now = context.now();
  if (context.maxRunning > 0 && context.tasks.runningCount(now) >= context.maxRunning)
    return concurrencyLimit(surface, context.tasks.secondsUntilSlot(now));

  const task = context.tasks.add({ surface, kind, request, tokens, timeScale: context.timeScale, now });
  // A task that will fail never needs its clip.
  if (!tokens.has('fail')) startRender(context, task);
  return jsonReply(200, surface === 'kling' ? klingCreated(task) : unifiedCreated(task));
};
