import { TaskPollers } from './task-pollers.tsx';
import { useQueueStore } from '../../../generation/queue/queue-store.ts';

/**
 * Task polling, kept going in a hidden tab while queued items wait: a slot frees only
 * when polling sees a task finish, so an overnight batch in a background tab would
 * otherwise stall after `limit` tasks. With nothing waiting, a hidden tab sends no polls.
 */
export const QueueAwarePollers = () => {
  const waiting = useQueueStore((state) => !state.paused && state.items.some((item) => item.state === 'waiting'));
  return <TaskPollers inBackground={waiting} />;
};
