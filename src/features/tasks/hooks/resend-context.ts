import { createContext, useContext } from 'react';
import type { Submission } from '../../../lib/submission.ts';

/**
 * How a card hands a create to the app to send: the app's submission queue, like every
 * other create, so a resend waits for a free slot and stops while the queue is paused.
 * Features do not import the queue; the app provides this.
 */
export type Resend = (submission: Submission) => void;

export const ResendContext = createContext<Resend | null>(null);

/** The app's way to send; null where none is provided, and then nothing offers to resend. */
export const useResend = () => useContext(ResendContext);
