import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/sample-record.ts';
import { clipUrl, type TaskRecord } from './task-record.ts';

const withUrl = (videoUrl: string): TaskRecord => {
  const record = sampleRecord('clip', 'succeeded');
  return { ...record, task: record.task && { ...record.task, videoUrl } };
};

describe('clipUrl', () => {
  it('plays an http(s) clip URL from the gateway', () => {
    expect(clipUrl(withUrl('https://cdn.example/a.mp4'))).toBe('https://cdn.example/a.mp4');
    expect(clipUrl(withUrl('http://127.0.0.1:8791/clips/a.mp4'))).toBe('http://127.0.0.1:8791/clips/a.mp4');
  });

  it('plays nothing else: no javascript:, data: or garbage in <video src>', () => {
    expect(clipUrl(withUrl('javascript:alert(1)'))).toBeNull();
    expect(clipUrl(withUrl('JavaScript:alert(1)'))).toBeNull();
    expect(clipUrl(withUrl('data:video/mp4;base64,AAAA'))).toBeNull();
    expect(clipUrl(withUrl('/relative/a.mp4'))).toBeNull();
    expect(clipUrl(withUrl('not a url'))).toBeNull();
  });

  it('plays nothing for a task that did not succeed', () => {
    expect(clipUrl(sampleRecord('running', 'running'))).toBeNull();
  });
});
