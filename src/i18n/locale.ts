/**
 * Bitrix24 language codes (the frame's LANG) → the UI language we have messages for, and the
 * BCP-47 locale `Intl` formats dates and numbers in. Russian and English are complete; every other
 * language falls back to English messages but keeps its own date and number formats.
 */
export type UiLanguage = 'en' | 'ru';

const BITRIX_TO_BCP47: Record<string, string> = {
  ru: 'ru-RU',
  en: 'en-US',
  de: 'de-DE',
  ua: 'uk-UA',
  kz: 'kk-KZ',
  by: 'be-BY',
  pl: 'pl-PL',
  fr: 'fr-FR',
  it: 'it-IT',
  la: 'es-ES',
  br: 'pt-BR',
  tr: 'tr-TR',
  sc: 'zh-CN',
  tc: 'zh-TW',
  ja: 'ja-JP',
  vn: 'vi-VN',
  id: 'id-ID',
  ms: 'ms-MY',
  th: 'th-TH',
  ar: 'ar',
};

export function normaliseLang(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().slice(0, 2) || 'en';
}

export function toLocale(lang: string | null | undefined): string {
  const code = normaliseLang(lang);
  return BITRIX_TO_BCP47[code] ?? code;
}

export function toUiLanguage(lang: string | null | undefined): UiLanguage {
  return normaliseLang(lang) === 'ru' ? 'ru' : 'en';
}
