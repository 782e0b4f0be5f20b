import { kindOf } from '../../src/api/generation-request.ts';
import { malformedReply } from './error-replies.ts';
import { readPromptTokens } from './faults.ts';
import { jsonKind } from './go-json-decode.ts';
import { jsonReply } from './http-io.ts';
import { klingModels } from './kling-limits.ts';
import { requestOfPayload } from './kling-payload.ts';
import { checkKling } from './kling-rules.ts';
import { klingPayloadFor, readUnifiedRequest } from './new-api-decode.ts';
import {
  buildRequestFailed,
  concurrencyLimited,
  invalidBody,
  invalidRequest,
  klingRefused,
  modelNotSpecified,
  newApiStatusFailure,
  noChannel,
  randomAlphanumeric,
  upstreamSaturated,
} from './new-api-errors.ts';
import { newApiCreated } from './new-api-responses.ts';
import type { CreateCall, CreateOutcome } from './profile-handlers.ts';
import type { SimContext } from './sim-context.ts';
import { startRender } from './start-render.ts';

// A create through new-api, in its order: the body must be JSON, the model is read
// before anything else (strictly from top-level `model`, as the versions that read it
// before the Kling-compatible rewrite do) and must have a channel, then the gateway's
// own two checks, then the body Kling gets is built and Kling judges that body.

const DURATION_MAX_S = 3600;

// Go's wording for the commonest ways a body is not JSON.
const syntaxError = (raw: Buffer) => {
  const first = raw.toString('utf8').trim()[0];
  return first === undefined || /[[{"\d\-tfn]/.test(first)
    ? 'unexpected end of JSON input'
    : `invalid character '${first}' looking for beginning of value`;
};

export const handleNewApiCreate = (context: SimContext, { surface, body, raw }: CreateCall): CreateOutcome => {
  if (body === undefined) return { reply: invalidBody(syntaxError(raw)) };
  if (typeof body !== 'object' || Array.isArray(body))
    return { reply: invalidBody(`json: cannot unmarshal ${jsonKind(body)} into Go value of type middleware.ModelRequest`) };
  const object = (body ?? {}) as Record<string, unknown>;
  const model = object.model ?? '';
  if (typeof model !== 'string')
    return { reply: invalidBody(`json: cannot unmarshal ${jsonKind(model)} into Go struct field ModelRequest.model of type string`) };
  if (!model.trim()) return { reply: modelNotSpecified() };
  if (!klingModels.includes(model)) return { reply: noChannel(model) };

  const unified = readUnifiedRequest(surface, object);
  if (!unified.ok) return { reply: invalidRequest(unified.message) };
  const { prompt, duration } = unified.value;
  if (!prompt.trim()) return { reply: invalidRequest('prompt is required') };
  if (duration < 0 || duration > DURATION_MAX_S) return { reply: invalidRequest(`duration must be between 0 and ${DURATION_MAX_S}`) };

  const tokens = readPromptTokens(prompt);
  if (tokens.has('429')) return { reply: upstreamSaturated() };
  if (tokens.has('500')) return { reply: newApiStatusFailure(500) };
  if (tokens.has('malformed')) return { reply: malformedReply() };

  const built = klingPayloadFor(surface, unified.value);
  if (!built.ok) return { reply: buildRequestFailed(built.message), notes: { dropped: unified.dropped } };
  const payload = built.value;
  const notes = { dropped: [...unified.dropped, ...built.dropped], forwarded: payload };
  const refusal = checkKling(payload)[0];
  if (refusal) return { reply: klingRefused(refusal), notes };
  if (payload.external_task_id && context.tasks.externalIdTaken(payload.external_task_id))
    return { reply: klingRefused('external_task_id already exists'), notes };
  const now = context.now();
  if (context.maxRunning > 0 && context.tasks.runningCount(now) >= context.maxRunning) return { reply: concurrencyLimited(), notes };

  const request = requestOfPayload(payload);
  const task = context.tasks.add({
    id: `task_${randomAlphanumeric(32)}`,
    surface,
    kind: kindOf(request),
    request,
    tokens,
    timeScale: context.timeScale,
    now,
    gateway: { rowId: context.tasks.stats(now).created + 1, originModel: model },
  });
  // A task that will fail never needs its clip.
  if (!tokens.has('fail')) startRender(context, task);
  return { reply: jsonReply(200, newApiCreated(task)), notes };
};
