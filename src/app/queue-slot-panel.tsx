import { QueuePanel } from '../features/queue/components/queue-panel.tsx';
import { useTaskRecordsStore } from '../generation/records/task-records-store.ts';
import { loadIntoComposer } from './load-into-composer.ts';
import { countRunning } from '../generation/queue/running-tasks.ts';

/** The queue panel with what it needs from the history; loaded on demand by queue-slot.tsx. */
export const QueueSlotPanel = () => {
  // Recounted when the history changes (a task finished), not on a clock: the window only matters for tasks hours old.
  const running = useTaskRecordsStore((state) => (state.hydrated ? countRunning(state.records, Date.now()) : null));
  return <QueuePanel running={running} onLoadIntoComposer={loadIntoComposer} />;
};
