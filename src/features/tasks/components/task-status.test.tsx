import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../lib/on-demand-strings.ts';
import { sampleRecord } from '../../../testing/sample-record.ts';
import { TaskStatus } from './task-status.tsx';

// A gateway (or anything between it and us) controls failure text: it must reach
// the page as text, never as markup.
describe('TaskStatus', () => {
  it("shows the gateway's failure text as text, never as HTML", () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const record = sampleRecord('video_html', 'failed');
    const failed = { ...record, task: record.task && { ...record.task, error: { message: hostile, code: null } } };
    const html = renderToStaticMarkup(<TaskStatus record={failed} />);
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });
});
