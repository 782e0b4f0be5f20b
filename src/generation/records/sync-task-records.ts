import type { QueryClient } from '@tanstack/react-query';
import { taskSchema } from '../../api/task.schema.ts';
import { taskKeys } from '../polling/task-keys.ts';
import { useTaskRecordsStore } from './task-records-store.ts';

/**
 * Copies every fresh gateway answer into the history, outside the queryFn, so a
 * reload shows the last known state and finished tasks stay finished.
 */
export const syncTaskRecords = (queryClient: QueryClient): (() => void) =>
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const ref = taskKeys.refOf(event.query.queryKey);
    const parsed = taskSchema.safeParse(event.action.data);
    // Filed under the ref it was asked for: some hosts echo a numeric id as a number.
    if (ref && parsed.success) useTaskRecordsStore.getState().applyAnswer(ref, { ...parsed.data, ref });
  });
