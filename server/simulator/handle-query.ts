import type { Kind, Surface } from '../../src/api/gateway-routes.ts';
import { taskNotFound } from './error-replies.ts';
import { gatewayEnvelope, klingEnvelope, unifiedTask } from './format-responses.ts';
import { jsonReply, type Reply } from './http-io.ts';
import { clipUrlFor, type SimContext } from './sim-context.ts';

type QueryRef = { surface: Surface; kind: Kind | null; id: string };

export const handleQuery = (context: SimContext, ref: QueryRef): Reply => {
  context.tasks.countQuery();
  const task = context.tasks.find(ref.id);
  // A task is only visible on the surface (and, on Kling's, the kind) that created it.
  const visible = task && !task.vanished && task.surface === ref.surface && (ref.kind === null || task.kind === ref.kind);
  if (!task || !visible) return taskNotFound(ref.surface);

  const state = context.tasks.stateOf(task, context.now());
  const url = clipUrlFor(context, task);
  const body =
    ref.surface === 'kling'
      ? klingEnvelope(task, state, url)
      : task.tokens.has('envelope')
        ? gatewayEnvelope(task, state, url)
        : unifiedTask(task, state, url);
  if (task.tokens.has('vanish')) task.vanished = true;
  return jsonReply(200, body);
};
