import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { taskRecordSchema } from './task-record.schema.ts';
import { isSubmissionUncertain } from './submission-uncertain.ts';

describe('isSubmissionUncertain', () => {
  it('is uncertain when the create may have reached the gateway', () => {
    expect(isSubmissionUncertain(new ApiError('network', 'reset'))).toBe(true);
    expect(isSubmissionUncertain(new ApiError('timeout', 'slow', 504))).toBe(true);
    expect(isSubmissionUncertain(new ApiError('server', 'bad gateway', 502))).toBe(true);
  });

  it('is certain when the gateway clearly said no', () => {
    expect(isSubmissionUncertain(new ApiError('bad_request', 'no', 400))).toBe(false);
    expect(isSubmissionUncertain(new ApiError('auth', 'no', 401))).toBe(false);
    expect(isSubmissionUncertain(new ApiError('rate_limited', 'slow down', 429))).toBe(false);
    expect(isSubmissionUncertain(new ApiError('server', 'boom', 500))).toBe(false);
  });
});

describe('the uncertain record', () => {
  const row = {
    ref: { surface: 'unified', kind: 'text2video', id: 'uncertain-1' },
    request: null,
    submittedAt: 1,
    task: null,
    starred: false,
    origin: 'studio',
  };

  it('keeps its mark through validation', () => {
    expect(taskRecordSchema.parse({ ...row, submission: 'uncertain' }).submission).toBe('uncertain');
  });

  it('leaves rows saved before the mark existed as they were', () => {
    expect(taskRecordSchema.parse(row).submission).toBeUndefined();
  });
});
