import type { CreateCall } from '../api/build-create-body.ts';
import { droppableFields, droppedFeatures } from '../api/passthrough.ts';
import { PassthroughNote } from '../features/settings/components/passthrough-note.tsx';
import { useTaskRecordsStore } from '../generation/records/task-records-store.ts';

/** The note with the studio's guess: any answer so far in new-api's envelope (docs/gateway-contract.md#passthrough-setting). */
export const PassthroughSlotBody = ({ call, seconds }: { call: CreateCall; seconds: number }) => {
  const dropped = droppableFields(call);
  const answersAsNewApi = useTaskRecordsStore((state) => state.records.some((record) => record.task?.answerShape === 'envelope'));
  if (dropped.length === 0) return null;
  return <PassthroughNote {...droppedFeatures(dropped)} seconds={seconds} answersAsNewApi={answersAsNewApi} />;
};
