export { I18nProvider, useI18n, useMessages, type I18n } from './I18nProvider';
export { defineMessages, plural, type Dictionary, type MessageSet, type PluralForms } from './messages';
export { toLocale, toUiLanguage, normaliseLang, type UiLanguage } from './locale';
export * from './format';
