import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../lib/on-demand-strings.ts';
import { knownModels } from '../../../api/model-capabilities.ts';
import { parseForm, toForm, type PriceForm, type PriceProblems } from '../utils/price-form.ts';
import { PriceTable } from './price-table.tsx';

const noop = () => {};

// Each rendered text box by its accessible label, with its attributes.
const boxes = (form: PriceForm, problems: PriceProblems = {}) => {
  const html = renderToStaticMarkup(<PriceTable form={form} problems={problems} onRow={noop} onRemove={noop} />);
  const found = new Map<string, Record<string, string>>();
  for (const [, attributes = ''] of html.matchAll(/<input ([^>]*)\/>/g)) {
    const attrs = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    found.set(attrs['aria-label'] ?? '', attrs);
  }
  return { html, found };
};

describe('PriceTable', () => {
  it('lists every known model with a labelled std and pro box, and any other model as an editable name', () => {
    const form = toForm(
      {
        unit: 'credits',
        rows: [
          { model: 'kling-v3', std: 0.35, pro: null },
          { model: 'my-tuned-model', std: 1, pro: 2 },
        ],
      },
      knownModels,
    );
    const { html, found } = boxes(form);
    for (const model of [...knownModels, 'my-tuned-model']) {
      expect(found.get(`${model}, std price per second`)?.inputMode).toBe('decimal');
      expect(found.has(`${model}, pro price per second`)).toBe(true);
    }
    expect(found.get('kling-v3, std price per second')?.value).toBe('0.35');
    expect(found.get('kling-v3, pro price per second')?.value).toBe('');
    expect(found.get('Model name, row 10')?.value).toBe('my-tuned-model');
    expect(html).toContain('aria-label="Remove my-tuned-model"');
    expect(html).not.toContain('aria-invalid="');
  });

  it('marks a bad box and says what is wrong right under it, tied to it for screen readers', () => {
    const form = toForm({ unit: 'credits', rows: [] }, knownModels);
    form.rows[0] = { model: 'kling-v3', std: '-1', pro: 'abc' };
    const { html, found } = boxes(form, parseForm(form).problems);
    const std = found.get('kling-v3, std price per second');
    expect(std?.['aria-invalid']).toBe('true');
    expect(std?.['aria-describedby']).toBe('prices-0-std-problem');
    expect(html).toMatch(/<p id="prices-0-std-problem"[^>]*>A price cannot be negative\.<\/p>/);
    expect(html).toMatch(/<p id="prices-0-pro-problem"[^>]*>Use a number, like 0\.35\.<\/p>/);
    expect(found.get('kling-v2-6, std price per second')?.['aria-invalid']).toBeUndefined();
  });
});
