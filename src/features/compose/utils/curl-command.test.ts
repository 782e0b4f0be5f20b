import { describe, expect, it } from 'vitest';
import { buildCreateCall } from '../../../api/build-create-body.ts';
import { defaultGenerationRequest } from '../../../api/generation-request.schema.ts';
import { abbreviateBody, curlCommand } from './curl-command.ts';

describe('curlCommand', () => {
  it('posts the exact body to the surface’s path with the key as a variable', () => {
    const call = buildCreateCall({ ...defaultGenerationRequest(), prompt: "it's a test" }, 'kling');
    const command = curlCommand(call);
    expect(command).toContain('curl -X POST "$KLING_BASE_URL/kling/v1/videos/text2video"');
    expect(command).toContain('-H "Authorization: Bearer $KLING_API_KEY"');
    // The single quote in the prompt survives shell quoting.
    expect(command).toContain(`"prompt": "it'\\''s a test"`);
    const json = command.slice(command.indexOf("-d '") + 4, -1).replace(/'\\''/g, "'");
    expect(JSON.parse(json)).toEqual(call.body);
  });
});

describe('abbreviateBody', () => {
  it('shortens long Base64 and leaves everything else', () => {
    const base64 = 'A'.repeat(4000);
    expect(
      abbreviateBody({ image: base64, prompt: 'A'.repeat(400), metadata: { image_tail: base64, n: 1, dynamic_masks: [{ mask: base64 }] } }),
    ).toEqual({
      image: '<Base64, 3 KB>',
      prompt: 'A'.repeat(400),
      metadata: { image_tail: '<Base64, 3 KB>', n: 1, dynamic_masks: [{ mask: '<Base64, 3 KB>' }] },
    });
  });
});
