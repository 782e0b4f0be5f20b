import type { language as en } from '../en/language.ts';

export const language: typeof en = {
  label: '语言',
  en: 'English',
  zh: '中文',
};
