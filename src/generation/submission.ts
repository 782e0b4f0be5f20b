import type { Surface, TaskRef } from '../api/gateway-routes.ts';
import type { GenerationRequest } from '../api/generation-request.schema.ts';
import type { SetMembership } from './sets/comparison-set.ts';

/**
 * One create the studio is asked to send: what, to which surface, and the comparison set it
 * belongs to, if any. `replaces` is the "submission uncertain" entry a knowing resend stands
 * in for: that entry goes once the gateway has answered the resend (made it, or left it
 * uncertain again under a new entry), and stays if the resend is refused.
 */
export type Submission = { request: GenerationRequest; surface: Surface; set?: SetMembership; replaces?: TaskRef };

/** What a feature hands the app to send; the app adds the surface chosen in settings. */
export type SubmissionDraft = Omit<Submission, 'surface'>;
