import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { en } from '../../lib/locales/en.ts';
import { zhCN } from '../../lib/locales/zh-cn.ts';
import { captionText } from './set-caption.ts';

const member = (parameter: string | null, caption: string) => ({ id: 'set-1', kind: 'modes' as const, parameter, caption, position: 0 });

describe('captionText', () => {
  it('says the mode captions in the reader’s language, and leaves them as the API’s words in English', () => {
    // English's compare strings arrive with the UI that needs them (addOnDemandStrings); here, at once.
    i18n.addResourceBundle('en', 'translation', en, true, false);
    i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, true);
    expect(captionText(member('mode', 'pro'), i18n.getFixedT('zh-CN'))).toBe('专业');
    expect(captionText(member('mode', 'std'), i18n.getFixedT('en'))).toBe('std');
  });

  it('leaves every other caption as it was sent', () => {
    const zh = i18n.getFixedT('zh-CN');
    expect(captionText(member('cfgScale', 'cfg 0.5'), zh)).toBe('cfg 0.5');
    expect(captionText(member(null, 'std'), zh)).toBe('std');
  });
});
