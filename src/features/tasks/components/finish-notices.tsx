import type { TaskRef } from '../../../api/gateway-routes.ts';
import { useFinishNotices } from '../hooks/use-finish-notices.ts';

/** Mounted once by the app; renders nothing itself (toasts appear in the Toaster). */
export const FinishNotices = ({ onOpen }: { onOpen: (ref: TaskRef) => void }) => {
  useFinishNotices(onOpen);
  return null;
};
