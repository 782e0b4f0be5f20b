import { buildCreateCall } from '../../../api/build-create-body.ts';
import { checkRequest, type RuleIssue } from '../../../api/check-request.ts';
import { IMAGE_ASPECT_MAX, IMAGE_ASPECT_MIN, IMAGE_MIN_SIDE } from '../../../api/contract-limits.ts';
import type { Surface } from '../../../api/gateway-routes.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import type { parseCreateBody } from '../../../api/parse-create-body.ts';
import type { ComposeTab } from './compose-tabs.ts';
import type { MetadataParse } from './metadata-text.ts';

// Everything that blocks Generate: Kling's rules (check-request.ts) plus what only
// the composer knows: the mode's required images, the raw metadata text, pixel
// sizes of linked images the browser has loaded, and ids already spent.

export type ComposeContext = {
  tab: ComposeTab;
  request: GenerationRequest; // already narrowed to the tab, metadata merged
  surface: Surface;
  metadata: MetadataParse;
  loadedUrls: Readonly<Record<string, { width: number; height: number }>>;
  usedExternalIds: readonly string[];
  // The gateway's reading of a body (zod), loaded on demand: null until it arrives.
  readBody: typeof parseCreateBody | null;
};

const urlImageIssues = (field: string, wire: string, url: string | null, loaded: ComposeContext['loadedUrls']): RuleIssue[] => {
  const size = url ? loaded[url] : undefined;
  if (!size) return [];
  const { width, height } = size;
  const issues: RuleIssue[] = [];
  if (Math.min(width, height) < IMAGE_MIN_SIDE)
    issues.push({
      field,
      rule: 'image_too_small',
      params: { min: IMAGE_MIN_SIDE, width, height },
      message: `${wire} must be at least ${IMAGE_MIN_SIDE} px on each side (it is ${width}x${height})`,
    });
  if (width / height < IMAGE_ASPECT_MIN || width / height > IMAGE_ASPECT_MAX)
    issues.push({
      field,
      rule: 'image_aspect',
      params: { width, height },
      message: `${wire} must have a width:height between 1:2.5 and 2.5:1 (it is ${width}x${height})`,
    });
  return issues;
};

// The raw metadata is merged last and can set anything; reading the final body
// back as the gateway would catches a rule it breaks that the form alone cannot see.
// Until that reader has loaded, metadata blocks Generate as "being checked".
const metadataIssues = (
  request: GenerationRequest,
  surface: Surface,
  formIssues: RuleIssue[],
  readBody: ComposeContext['readBody'],
): RuleIssue[] => {
  if (Object.keys(request.extraMetadata).length === 0) return [];
  if (!readBody) return [{ field: 'extraMetadata', rule: 'metadata_checking', params: {}, message: 'metadata is being checked' }];
  const parsed = readBody(surface, buildCreateCall(request, surface).body);
  if (!parsed.ok)
    return [
      {
        field: 'extraMetadata',
        rule: 'metadata_shape',
        params: { detail: `${parsed.problem.field}: ${parsed.problem.message}` },
        message: parsed.problem.message,
      },
    ];
  const seen = new Set(formIssues.map((issue) => `${issue.field}|${issue.rule}`));
  return checkRequest(parsed.request)
    .filter((issue) => !seen.has(`${issue.field}|${issue.rule}`))
    .map((issue) => ({ ...issue, field: 'extraMetadata', message: `metadata: ${issue.message}` }));
};

export const composeIssues = (context: ComposeContext): RuleIssue[] => {
  const { tab, request, surface, metadata, loadedUrls, usedExternalIds, readBody } = context;
  const issues = checkRequest(request);
  if (tab !== 'text' && !request.image)
    issues.push({ field: 'image', rule: 'required', params: {}, message: 'image is required in this mode' });
  if (tab === 'frames' && !request.imageTail)
    issues.push({ field: 'imageTail', rule: 'required', params: {}, message: 'image_tail is required in this mode' });
  issues.push(
    ...urlImageIssues('image', 'image', request.image, loadedUrls),
    ...urlImageIssues('imageTail', 'image_tail', request.imageTail, loadedUrls),
  );
  if (request.externalTaskId && usedExternalIds.includes(request.externalTaskId))
    issues.push({ field: 'externalTaskId', rule: 'external_id_used', params: {}, message: 'external_task_id was already used' });
  if (!metadata.ok)
    issues.push({
      field: 'extraMetadata',
      rule: `metadata_${metadata.reason}`,
      params: { detail: metadata.detail },
      message: `metadata is not a JSON object (${metadata.detail})`,
    });
  else issues.push(...metadataIssues(request, surface, issues, readBody));
  return issues;
};
