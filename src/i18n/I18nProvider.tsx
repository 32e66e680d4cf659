import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { toLocale, toUiLanguage, type UiLanguage } from './locale';
import type { Dictionary, MessageSet } from './messages';

export interface I18n {
  /** The portal's language code as given by the frame (e.g. "ru", "de"). */
  lang: string;
  /** The language of our messages: 'ru' or 'en' (fallback). */
  ui: UiLanguage;
  /** BCP-47 locale for Intl (dates, numbers, plurals). */
  locale: string;
}

const I18nContext = createContext<I18n>({ lang: 'en', ui: 'en', locale: 'en-US' });

export function I18nProvider({ lang, children }: { lang: string; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, ui: toUiLanguage(lang), locale: toLocale(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The messages of one dictionary in the current UI language. */
export function useMessages<M extends MessageSet>(dictionary: Dictionary<M>): M {
  return dictionary[useI18n().ui];
}
