import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-cn.ts';
import { rememberingT, useTranslation } from './use-translation.ts';

afterAll(() => i18n.changeLanguage('en'));

const Heading = () => {
  const { t } = useTranslation();
  return createElement('h2', null, t('compose.heading'));
};

describe('rememberingT', () => {
  const t = rememberingT(i18n.getFixedT('en'), 'en');

  it('answers as i18next does: plain strings, interpolation, a missing key', () => {
    expect(t('compose.heading')).toBe(en.compose.heading);
    expect(t('compose.characters', { length: 3, max: 2500 })).toBe('3 / 2500');
    // Asked without options, a string with placeholders still goes through i18next.
    expect(t('compose.characters')).toBe(i18n.t('compose.characters'));
    expect(t('compose.noSuchKey' as 'compose.heading')).toBe('compose.noSuchKey');
  });

  it('falls back to English for a key the language lacks', () => {
    const zh = rememberingT(i18n.getFixedT('zh-CN'), 'zh-CN');
    expect(zh('compose.heading')).toBe(en.compose.heading);
  });
});

describe('useTranslation', () => {
  it('renders the current language and follows a switch', async () => {
    expect(renderToString(createElement(Heading))).toBe(`<h2>${en.compose.heading}</h2>`);
    await i18n.changeLanguage('zh-CN');
    expect(renderToString(createElement(Heading))).toBe(`<h2>${zhCN.compose.heading}</h2>`);
    await i18n.changeLanguage('en');
    expect(renderToString(createElement(Heading))).toBe(`<h2>${en.compose.heading}</h2>`);
  });

  it('sees strings added after it first answered', () => {
    i18n.addResourceBundle('en', 'translation', { compose: { heading: 'Added heading' } }, true, true);
    try {
      expect(renderToString(createElement(Heading))).toBe('<h2>Added heading</h2>');
    } finally {
      i18n.addResourceBundle('en', 'translation', { compose: { heading: en.compose.heading } }, true, true);
    }
  });
});
