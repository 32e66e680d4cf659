/**
 * Our own error kinds. Whatever the SDK does with a failure (throws an AjaxError/SdkError, or
 * returns a failed Result), src/b24/ turns it into an AppError of one of these kinds; screens show
 * the kind's message in the user's language, the original code and text stay for the console.
 */
export type AppErrorKind =
  | 'not-authorised'
  | 'missing-scope'
  | 'rate-limited'
  | 'network'
  | 'not-found'
  | 'access-denied'
  | 'invalid-input'
  | 'portal-error';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: AppErrorKind,
    /** The portal's or the SDK's code, e.g. "insufficient_scope", "QUERY_LIMIT_EXCEEDED". */
    readonly code: string,
    /** The portal's or the SDK's own description (English or Russian, unlocalised). */
    readonly detail: string,
    readonly options: {
      /** HTTP status when there was one (0 = no response). */
      status?: number;
      /** The REST method that failed. */
      method?: string;
      /** For 'missing-scope': the scope an administrator must grant, when known. */
      scope?: string;
      cause?: unknown;
    } = {},
  ) {
    super(`${code}: ${detail}`, { cause: options.cause });
  }
}
