import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../src/api/response-schemas.ts';
import type { SimProfile } from './sim-profile.ts';
import { call, klingBody, newApiKlingBody, startTestSim, unifiedBody } from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// Kling's own checks (kling-rules.ts) run in both profiles, each answering in its own
// shape: 1201 from the document's Kling surface, invalid_request from its unified one,
// fail_to_fetch_task with Kling's JSON inside from new-api.

const sims = {} as Record<SimProfile, RunningSimulator>;
beforeAll(async () => {
  [sims.document, sims['new-api']] = await Promise.all([startTestSim(), startTestSim({ profile: 'new-api' })]);
});
afterAll(() => Promise.all(Object.values(sims).map((sim) => sim.close())));

const bodies = {
  document: { unified: unifiedBody, kling: klingBody },
  'new-api': { unified: unifiedBody, kling: newApiKlingBody },
} as const;

const codes = { document: { unified: 'invalid_request', kling: '1201' }, 'new-api': { unified: '1201', kling: '1201' } } as const;

describe.each(['document', 'new-api'] as const)('Kling’s checks in the %s profile', (profile) => {
  const create = (surface: 'unified' | 'kling', over: Record<string, unknown>) =>
    call(sims[profile], 'POST', surface === 'unified' ? '/v1/video/generations' : '/kling/v1/videos/text2video', {
      body: bodies[profile][surface](over),
    });

  it.each(['unified', 'kling'] as const)('refuses a mode other than std or pro (%s surface)', async (surface) => {
    const answer = await create(surface, { mode: 'ultra' });
    expect(answer.status, answer.text).toBe(400);
    expect(parseErrorBody(answer.json)).toEqual({ message: 'mode must be std or pro (it is "ultra")', code: codes[profile][surface] });
    expect((await create(surface, { mode: 'pro' })).status).toBe(200);
  });

  it('checks durations per model family', async () => {
    expect((await create('unified', { model: 'kling-v3', duration: 7 })).status).toBe(200);
    const v26 = await create('unified', { model: 'kling-v2-6', duration: 7 });
    expect(v26.status).toBe(400);
    expect(parseErrorBody(v26.json)?.message).toBe('duration must be 5 or 10 seconds on kling-v2-6 (it is 7)');
    const v3 = await create('unified', { duration: 16 });
    expect(parseErrorBody(v3.json)?.message).toBe('duration must be a whole number of seconds from 3 to 15 on kling-v3 (it is 16)');
  });
});

describe('the document profile', () => {
  it('lets the account decide model names, with the widest durations for one it does not know', async () => {
    expect(
      (await call(sims.document, 'POST', '/v1/video/generations', { body: unifiedBody({ model: 'my-own-model', duration: 2 }) })).status,
    ).toBe(200);
  });
});
