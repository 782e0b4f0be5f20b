import { createContext, useContext } from 'react';
import type { TaskRef } from '../../../api/gateway-routes.ts';
import type { Submission } from '../../../lib/submission.ts';

/** A knowing resend of one uncertain entry: `send` hands it over; `waiting` while one for that entry is on its way. */
export type Resend = { send: () => void; waiting: boolean };

/**
 * The app's hook behind useResend. The app sends through its submission queue, like every
 * create, so a resend waits for a free slot and for a paused queue; features do not import
 * the queue, so the app provides it (app.tsx).
 */
export type UseResend = (submission: (Submission & { replaces: TaskRef }) | null) => Resend | null;

const unavailable: UseResend = () => null;

export const ResendContext = createContext<UseResend>(unavailable);

/** How to resend `submission` (null where there is nothing to resend, or no app to send it). */
export const useResend: UseResend = (submission) => useContext(ResendContext)(submission);
