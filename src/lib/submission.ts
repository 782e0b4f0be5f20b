import type { Surface } from '../api/gateway-routes.ts';
import type { GenerationRequest } from '../api/generation-request.ts';
import type { SetMembership } from './comparison-set.ts';

/** One create the studio is asked to send: what, to which surface, and the comparison set it belongs to, if any. */
export type Submission = { request: GenerationRequest; surface: Surface; set?: SetMembership };

/** What a feature hands the app to send; the app adds the surface chosen in settings. */
export type SubmissionDraft = Omit<Submission, 'surface'>;
