import { clipSpecFor } from './clip-spec-for-request.ts';
import type { SimContext } from './sim-context.ts';
import type { SimTask } from './sim-task-store.ts';

/** Renders the task's clip in the background; the task's clock waits for it. */
export const startRender = (context: SimContext, task: SimTask) => {
  Promise.resolve()
    .then(() => context.clips.getClip(clipSpecFor(task.request)))
    .then(
      (clip) => context.tasks.renderFinished(task, clip, context.now()),
      () => context.tasks.renderFinished(task, null, context.now()),
    );
};
