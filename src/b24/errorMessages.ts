/**
 * What a person reads when something failed: one message per AppErrorKind, in their language.
 * The raw code is never the only text (it goes to the console, see reportAppError); a screen may
 * show `errorTechnicalDetail` as a small secondary line.
 *
 *   const m = useMessages(errorMessages);
 *   <ErrorNotice title={m.title} text={describeAppError(error, m)} />
 */
import { defineMessages } from '../i18n';
import { toAppError, type AppError, type AppErrorKind } from './errors';

export const errorMessages = defineMessages({
  en: {
    title: 'Something went wrong',
    retry: 'Try again',
    notAuthorised: 'Your Bitrix24 session has expired. Reload the page to continue.',
    missingScope: (scope: string) =>
      `The app has no “${scope}” access. Ask your Bitrix24 administrator to grant the “${scope}” permission in the app settings and reinstall it.`,
    missingScopeUnknown:
      'The app lacks a permission this needs. Ask your Bitrix24 administrator to check the app’s permissions.',
    rateLimited: 'Bitrix24 is receiving too many requests right now. Wait a few seconds and try again.',
    network: 'Could not reach your Bitrix24. Check the connection and try again.',
    notFound: 'This no longer exists in Bitrix24.',
    accessDenied: 'You don’t have access to this in Bitrix24.',
    invalidInput: 'Bitrix24 did not accept this request.',
    portalError: 'Bitrix24 answered with an error. Try again a little later.',
    detail: (code: string, method: string) => (method ? `Code: ${code} (${method})` : `Code: ${code}`),
  },
  ru: {
    title: 'Что-то пошло не так',
    retry: 'Повторить',
    notAuthorised: 'Сеанс Битрикс24 истёк. Перезагрузите страницу, чтобы продолжить.',
    missingScope: (scope: string) =>
      `У приложения нет доступа «${scope}». Попросите администратора Битрикс24 выдать право «${scope}» в настройках приложения и переустановить его.`,
    missingScopeUnknown:
      'Приложению не хватает прав для этого действия. Попросите администратора Битрикс24 проверить права приложения.',
    rateLimited: 'Битрикс24 сейчас получает слишком много запросов. Подождите несколько секунд и повторите.',
    network: 'Не удалось связаться с Битрикс24. Проверьте подключение и повторите.',
    notFound: 'Этого больше нет в Битрикс24.',
    accessDenied: 'У вас нет доступа к этому в Битрикс24.',
    invalidInput: 'Битрикс24 не принял этот запрос.',
    portalError: 'Битрикс24 ответил ошибкой. Повторите чуть позже.',
    detail: (code: string, method: string) => (method ? `Код: ${code} (${method})` : `Код: ${code}`),
  },
});

export type ErrorMessages = (typeof errorMessages)['en'];

const KEY_BY_KIND: Record<Exclude<AppErrorKind, 'missing-scope'>, keyof ErrorMessages> = {
  'not-authorised': 'notAuthorised',
  'rate-limited': 'rateLimited',
  network: 'network',
  'not-found': 'notFound',
  'access-denied': 'accessDenied',
  'invalid-input': 'invalidInput',
  'portal-error': 'portalError',
};

/** The user-facing sentence for an error (anything thrown is first mapped with toAppError). */
export function describeAppError(error: unknown, m: ErrorMessages): string {
  const appError: AppError = toAppError(error);
  if (appError.kind === 'missing-scope') {
    return appError.options.scope ? m.missingScope(appError.options.scope) : m.missingScopeUnknown;
  }
  const message = m[KEY_BY_KIND[appError.kind]];
  return typeof message === 'string' ? message : m.portalError;
}

/** A small secondary line for support: "Code: insufficient_scope (user.get)". */
export function errorTechnicalDetail(error: unknown, m: ErrorMessages): string {
  const appError = toAppError(error);
  return m.detail(appError.code, appError.options.method ?? '');
}
