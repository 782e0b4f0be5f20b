import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-cn.ts';

afterAll(() => i18n.changeLanguage('en'));

describe('i18n', () => {
  it('starts with only the English catalog', () => {
    expect(i18n.language).toBe('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(false);
  });

  it('loads Chinese the first time it is chosen, and switches only once it is there', async () => {
    const switching = i18n.changeLanguage('zh-CN');
    expect(i18n.t('compose.heading')).toBe(en.compose.heading);
    await switching;
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('compose.heading')).toBe(zhCN.compose.heading);
    expect(i18n.t('rules.metadata_checking')).toBe(zhCN.rules.metadata_checking);
  });

  it('switches back to English at once', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('compose.heading')).toBe(en.compose.heading);
  });
});
