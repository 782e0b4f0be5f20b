import { describe, expect, it } from 'vitest';
import { failureKind } from './explain-failure.ts';

describe('failureKind', () => {
  it("recognises Kling's usual failure texts", () => {
    expect(failureKind('Failure to pass the risk control system')).toBe('riskControl');
    expect(failureKind('Image pixel is invalid')).toBe('image');
    expect(failureKind('Account balance not enough')).toBe('balance');
    expect(failureKind('failed')).toBe('generic');
    expect(failureKind(undefined)).toBe('generic');
  });
});
