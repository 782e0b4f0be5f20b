import { describe, expect, it } from 'vitest';
import { assertNoExposedSecrets, findExposedSecrets } from './exposed-secrets.ts';

describe('findExposedSecrets', () => {
  it('names exposed variables that look like secrets', () => {
    const env = { VITE_KLING_API_KEY: 'x', VITE_Token: 'y', VITE_APP_SECRET: 'z', VITE_TITLE: 'Studio', MODE: 'dev' };
    expect(findExposedSecrets(env)).toEqual(['VITE_KLING_API_KEY', 'VITE_Token', 'VITE_APP_SECRET']);
  });

  it('names any exposed variable that carries the key itself', () => {
    expect(findExposedSecrets({ VITE_GATEWAY: 'sk-live', VITE_TITLE: 'Studio' }, 'sk-live')).toEqual(['VITE_GATEWAY']);
  });
});

describe('assertNoExposedSecrets', () => {
  it('explains why and what to use instead', () => {
    expect(() => assertNoExposedSecrets({ VITE_KLING_API_KEY: 'sk' }, undefined, undefined)).toThrow(
      /VITE_KLING_API_KEY.*every browser.*KLING_API_KEY instead/s,
    );
  });

  it('refuses a define that inlines the key', () => {
    expect(() => assertNoExposedSecrets({}, { __KEY__: JSON.stringify('sk-live') }, 'sk-live')).toThrow(/define/);
  });

  it('accepts a clean config', () => {
    expect(() => assertNoExposedSecrets({ VITE_TITLE: 'Studio' }, { __APP__: '"1"' }, 'sk-live')).not.toThrow();
  });
});
