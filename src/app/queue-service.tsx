import { useEffect } from 'react';
import { startQueueService } from '../generation/queue/queue-service.ts';

/** Runs the submission queue while the studio is open. Renders nothing; loaded on demand (it carries the gateway client, IndexedDB and zod). */
export const QueueService = () => {
  useEffect(() => startQueueService().stop, []);
  return null;
};
