import { describe, expect, it } from 'vitest';
import { defaultGenerationRequest, type GenerationRequest } from '../../../api/generation-request.schema.ts';
import { parseCreateBody } from '../../../api/parse-create-body.ts';
import { composeIssues, type ComposeContext } from './compose-issues.ts';
import { parseMetadataText } from './metadata-text.ts';
import { pngBase64 } from '../../../testing/test-images.ts';

const base = (changes: Partial<GenerationRequest> = {}): GenerationRequest => ({
  ...defaultGenerationRequest(),
  prompt: 'a fox',
  ...changes,
});
const issues = (context: Partial<ComposeContext>) =>
  composeIssues({
    tab: 'text',
    request: base(),
    surface: 'unified',
    metadata: { ok: true, value: {} },
    loadedUrls: {},
    usedExternalIds: [],
    readBody: parseCreateBody,
    ...context,
  }).map((issue) => `${issue.field}:${issue.rule}`);

describe('composeIssues', () => {
  it('passes a plain text request', () => expect(issues({})).toEqual([]));

  it('needs a first frame in image mode and both frames in first+last mode', () => {
    expect(issues({ tab: 'image' })).toEqual(['image:required']);
    expect(issues({ tab: 'frames', request: base({ image: 'https://x/a.png' }) })).toEqual(['imageTail:required']);
    expect(issues({ tab: 'frames', request: base({ image: 'https://x/a.png', imageTail: 'https://x/b.png' }) })).toEqual([]);
  });

  it('applies Kling’s image rules to a linked image once the browser knows its size', () => {
    const request = base({ image: 'https://x/a.png' });
    expect(issues({ tab: 'image', request, loadedUrls: { 'https://x/a.png': { width: 300, height: 750 } } })).toEqual([]);
    expect(issues({ tab: 'image', request, loadedUrls: { 'https://x/a.png': { width: 299, height: 600 } } })).toEqual([
      'image:image_too_small',
    ]);
    expect(issues({ tab: 'image', request, loadedUrls: { 'https://x/a.png': { width: 300, height: 751 } } })).toEqual([
      'image:image_aspect',
    ]);
  });

  it('keeps the contract’s own rules, such as uploaded image sizes', () => {
    expect(issues({ tab: 'image', request: base({ image: pngBase64(200, 200) }) })).toEqual(['image:image_too_small']);
  });

  it('refuses an external id already sent', () => {
    expect(issues({ request: base({ externalTaskId: 'mine-1' }), usedExternalIds: ['mine-1'] })).toEqual([
      'externalTaskId:external_id_used',
    ]);
    expect(issues({ request: base({ externalTaskId: 'mine-2' }), usedExternalIds: ['mine-1'] })).toEqual([]);
  });

  it('blocks metadata that is not a JSON object', () => {
    expect(issues({ metadata: parseMetadataText('{oops') })).toEqual(['extraMetadata:metadata_json']);
    expect(issues({ metadata: parseMetadataText('[]') })).toEqual(['extraMetadata:metadata_not_object']);
  });

  it('holds Generate while the reader of metadata is still loading, and only then', () => {
    expect(issues({ readBody: null, request: base({ extraMetadata: { cfg_scale: 0.5 } }) })).toEqual(['extraMetadata:metadata_checking']);
    expect(issues({ readBody: null })).toEqual([]);
  });

  it('checks the final body, so a rule broken through metadata is caught and shown on the metadata', () => {
    const camera = { type: 'simple', config: { pan: 2, zoom: 3 } };
    for (const surface of ['unified', 'kling'] as const) {
      const request = base({ extraMetadata: { camera_control: camera } });
      expect(issues({ surface, request })).toEqual(['extraMetadata:camera_one_axis']);
      expect(issues({ surface, request: base({ extraMetadata: { cfg_scale: 'high' } }) })).toEqual(['extraMetadata:metadata_shape']);
      expect(
        issues({ surface, request: base({ cameraControl: { type: 'down_back' }, extraMetadata: { image_tail: 'https://x/b.png' } }) }),
      ).toContain('extraMetadata:exclusive_controls');
    }
  });

  it('does not repeat on the metadata a problem the form already shows', () => {
    expect(issues({ request: base({ prompt: '', extraMetadata: { multi_shot: false } }) })).toEqual(['prompt:required']);
  });
});
