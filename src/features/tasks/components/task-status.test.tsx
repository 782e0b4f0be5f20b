import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useTaskRecordsStore } from '../../../generation/records/task-records-store.ts';
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

describe('TaskStatus: how long it usually takes', () => {
  const finished = (id: string, totalMs: number) => {
    const record = sampleRecord(id, 'succeeded');
    return { ...record, task: record.task && { ...record.task, completedAt: record.task.createdAt! + totalMs } };
  };
  afterEach(() => useTaskRecordsStore.setState({ records: [] }));

  it('says Kling’s typical times until three tasks of the kind have finished here', () => {
    useTaskRecordsStore.setState({ records: [finished('a', 70_000), finished('b', 80_000)] });
    expect(renderToStaticMarkup(<TaskStatus record={sampleRecord('running', 'running')} />)).toContain('(Kling’s typical times)');
  });

  it('then says what it learned on this gateway, and from how many clips', () => {
    useTaskRecordsStore.setState({ records: [finished('a', 70_000), finished('b', 80_000), finished('c', 90_000)] });
    const html = renderToStaticMarkup(<TaskStatus record={sampleRecord('running', 'running')} />);
    expect(html).toContain('usually 1:15–1:25 for std 5 s on this gateway, from 3 clips');
  });
});
