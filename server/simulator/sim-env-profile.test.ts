import { describe, expect, it } from 'vitest';
import { readSimEnv } from './sim-env.ts';

describe('SIM_PROFILE', () => {
  it('reads each profile, and leaves a blank one to the default (document)', () => {
    expect(readSimEnv({ SIM_PROFILE: 'new-api' })).toEqual({ ok: true, options: expect.objectContaining({ profile: 'new-api' }) });
    expect(readSimEnv({ SIM_PROFILE: 'document' })).toEqual({ ok: true, options: expect.objectContaining({ profile: 'document' }) });
    const blank = readSimEnv({ SIM_PROFILE: '  ' });
    expect(blank.ok && blank.options.profile).toBeUndefined();
  });

  it('names the profiles for any other word', () => {
    expect(readSimEnv({ SIM_PROFILE: 'newapi' })).toEqual({ ok: false, problems: ['SIM_PROFILE: must be one of document, new-api'] });
  });
});
