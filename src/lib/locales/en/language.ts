export const language = {
  label: 'Language',
  en: 'English',
  zh: '中文',
};
