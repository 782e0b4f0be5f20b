import { jsonReply, type Reply } from './http-io.ts';
import { taskNotExist } from './new-api-errors.ts';
import { newApiEnvelope } from './new-api-responses.ts';
import { newApiViewAt } from './new-api-task-view.ts';
import type { QueryRef } from './profile-handlers.ts';
import { clipUrlFor, type SimContext } from './sim-context.ts';

export const handleNewApiQuery = (context: SimContext, ref: QueryRef): Reply => {
  context.tasks.countQuery();
  // new-api finds a task by its id alone: the surface and the kind in the path do not matter.
  const task = context.tasks.find(ref.id);
  if (!task || task.vanished) return taskNotExist();
  const view = newApiViewAt(task.plan, task.render, context.now() - task.createdAt, context.timeScale);
  const body = newApiEnvelope(task, view, clipUrlFor(context, task));
  if (task.tokens.has('vanish')) task.vanished = true;
  return jsonReply(200, body);
};
