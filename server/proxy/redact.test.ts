import { describe, expect, it } from 'vitest';
import { redact } from './redact.ts';

describe('redact', () => {
  it('removes the key wherever it appears', () => {
    expect(redact('key sk-abc123 failed; sk-abc123 again', 'sk-abc123')).toBe('key [redacted] failed; [redacted] again');
  });

  it('removes any Bearer credential, even without knowing the key', () => {
    expect(redact('sent "Authorization: Bearer other-token" upstream')).toBe(
      'sent "Authorization: Bearer [redacted]" upstream',
    );
  });

  it('leaves other text alone', () => {
    expect(redact('GET /api/health 200 3ms', 'sk-abc123')).toBe('GET /api/health 200 3ms');
  });
});

describe('redact, several secrets', () => {
  it('removes each of them', () => {
    expect(redact('key sk-1 token tok-2', 'sk-1', undefined, 'tok-2')).toBe('key [redacted] token [redacted]');
  });
});
