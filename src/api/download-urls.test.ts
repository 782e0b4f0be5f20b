import { describe, expect, it } from 'vitest';
import { clipDownloadPath, zipDownloadPath, ZIP_MAX } from './download-urls.ts';

const ref = { surface: 'kling', kind: 'image2video', id: '8812345' } as const;

describe('download paths', () => {
  it('names one clip by task, with the prompt and mode as hints', () => {
    expect(clipDownloadPath(ref, { prompt: 'A kite: red & blue 100%', mode: 'pro' })).toBe(
      '/api/download/kling/image2video/8812345?prompt=A+kite+red+%26+blue+100&mode=pro',
    );
    expect(clipDownloadPath(ref, { prompt: '', mode: null })).toBe('/api/download/kling/image2video/8812345?prompt=');
  });

  it('lists up to fifty clips for one zip, each part encoded', () => {
    const path = zipDownloadPath([
      { ref, hint: { prompt: '风筝: 飞', mode: 'std' } },
      { ref: { surface: 'unified', kind: 'text2video', id: 'video_1' }, hint: { prompt: 'x', mode: null } },
    ]);
    expect(path).toBe('/api/download/zip?t=kling:image2video:8812345:std:%E9%A3%8E%E7%AD%9D%20%E9%A3%9E&t=unified:text2video:video_1::x');
    const many = Array.from({ length: 60 }, (_, i) => ({ ref: { ...ref, id: String(i) }, hint: { prompt: 'p', mode: 'std' } }));
    expect(new URL(zipDownloadPath(many), 'http://x').searchParams.getAll('t')).toHaveLength(ZIP_MAX);
  });
});
