import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { useTranslation } from '../lib/use-translation.ts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../lib/i18n.ts';
import { en } from '../lib/locales/en.ts';
import { lazyFeature } from './lazy-feature.tsx';

const Probe = ({ label }: { label: string }) => {
  const client = useQueryClient();
  const { t } = useTranslation();
  return (
    <p>
      {label} {client.getDefaultOptions().mutations?.retry === false ? 'no-retry client' : 'other client'} {t('tasks.status.failed')}
    </p>
  );
};

const html = async (node: ReactNode) => {
  const { prelude } = await prerenderToNodeStream(node);
  let text = '';
  for await (const chunk of prelude) text += String(chunk);
  return text.replace(/<!--.*?-->/g, '');
};

describe('lazyFeature', () => {
  it('renders on-demand UI inside the query client, with the strings the first screen does not carry', async () => {
    expect(i18n.exists('tasks.status.failed')).toBe(false);
    const LazyProbe = lazyFeature(async () => Probe);
    const text = await html(
      <Suspense fallback="loading">
        <LazyProbe label="probe" />
      </Suspense>,
    );
    expect(text).toContain(`probe no-retry client ${en.tasks.status.failed}`);
  });
});
