/**
 * Typed message dictionaries. Each feature keeps its own dictionary beside its code:
 *
 *   export const messages = defineMessages({
 *     en: { title: 'People', count: (shown: number, total: number) => `${shown} of ${total}` },
 *     ru: { title: 'Сотрудники', count: (shown, total) => `${shown} из ${total}` },
 *   });
 *
 * `ru` must provide every key of `en` with the same type (the compiler checks it).
 */
export type Message = string | ((...args: never[]) => string);
export type MessageSet = Record<string, Message>;

export interface Dictionary<M extends MessageSet> {
  en: M;
  ru: M;
}

export function defineMessages<M extends MessageSet>(dictionary: Dictionary<M>): Dictionary<M> {
  return dictionary;
}

/** Plural forms picked by Intl.PluralRules (ru: one/few/many, en: one/other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(locale: string, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(locale).select(count);
  return (forms[rule] ?? forms.other).replace('#', new Intl.NumberFormat(locale).format(count));
}
