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

// ---------------------------------------------------------------------------------------------
// Mapping whatever failed into an AppError (pure; no SDK import: SDK errors are read by shape).

const KIND_BY_CODE: Record<string, AppErrorKind> = {
  // Authorisation: the token is gone and the frame could not refresh it.
  NO_AUTH_FOUND: 'not-authorised',
  EXPIRED_TOKEN: 'not-authorised',
  INVALID_TOKEN: 'not-authorised',
  AUTHORIZE_ERROR: 'not-authorised',
  INVALID_GRANT: 'not-authorised',
  JSSDK_FRAME_REFRESH_AUTH_TIMEOUT: 'not-authorised',
  // Scope the app was not granted.
  INSUFFICIENT_SCOPE: 'missing-scope',
  INVALID_SCOPE: 'missing-scope',
  // Limits.
  QUERY_LIMIT_EXCEEDED: 'rate-limited',
  OPERATION_TIME_LIMIT: 'rate-limited',
  OVERLOAD_LIMIT: 'rate-limited',
  // Transport.
  NETWORK_ERROR: 'network',
  REQUEST_TIMEOUT: 'network',
  ERR_NETWORK: 'network',
  ECONNABORTED: 'network',
  ETIMEDOUT: 'network',
  CONNECT_TIMEOUT: 'network',
  // Missing things.
  USER_NOT_EXISTS: 'not-found',
  ERROR_METHOD_NOT_FOUND: 'not-found',
  NOT_FOUND: 'not-found',
  ERROR_ENTITY_NOT_FOUND: 'not-found',
  // Rights.
  ACCESS_DENIED: 'access-denied',
  ACCESS_ERROR: 'access-denied',
  INVALID_CREDENTIALS: 'access-denied',
  WRONG_AUTH_TYPE: 'access-denied',
  ALLOWED_ONLY_INTRANET_USER: 'access-denied',
  METHOD_CONFIRM_WAITING: 'access-denied',
  METHOD_CONFIRM_DENIED: 'access-denied',
  // "The user does not have access to the application": reloading would not help.
  USER_ACCESS_ERROR: 'access-denied',
  // The portal's plan does not include this (REST on free plans, paid apps).
  PAYMENT_REQUIRED: 'access-denied',
  // Bad requests.
  ID_EMPTY: 'invalid-input',
  INVALID_FORMAT: 'invalid-input',
  STATUS_ERROR: 'invalid-input',
  FIND_SHORT: 'invalid-input',
  ERROR_ARGUMENT: 'invalid-input',
  CHAT_ID_EMPTY: 'invalid-input',
  DIALOG_ID_EMPTY: 'invalid-input',
  INVALID_ARG_VALUE: 'invalid-input',
  ERROR_PLACEMENT_USER_MODE: 'invalid-input',
  ERROR_PLACEMENT_MAX_COUNT: 'invalid-input',
  EMPTY_ERROR_HANDLER_URL: 'invalid-input',
  ERROR_BATCH_LENGTH_EXCEEDED: 'invalid-input',
  ERROR_BATCH_METHOD_NOT_ALLOWED: 'invalid-input',
  JSSDK_BATCH_TOO_LARGE: 'invalid-input',
  JSSDK_BATCH_EMPTY: 'invalid-input',
  JSSDK_INVALID_PARAMS: 'invalid-input',
  // Portal-side trouble whatever the HTTP status says (404 would read as "no longer exists").
  ERROR_MANIFEST_IS_NOT_AVAILABLE: 'portal-error',
  INVALID_REQUEST: 'portal-error',
  PORTAL_DELETED: 'portal-error',
};

/** Codes the SDK uses to wrap another error (the wrapped one says what really happened). */
const WRAPPER_CODES = new Set(['JSSDK_UNKNOWN_ERROR', 'JSSDK_BATCH_SUB_ERROR', 'JSSDK_INTERNAL_AJAX_ERROR']);

/** The scope a method needs, for 'missing-scope' messages ("im.user.get" → "im"). */
export function scopeForMethod(method: string | undefined): string | undefined {
  if (!method) return undefined;
  const group = method.toLowerCase().split('.')[0];
  switch (group) {
    case 'im':
      return 'im';
    case 'user':
      return 'user_brief';
    case 'department':
      return 'department';
    case 'placement':
      return 'placement';
    default:
      return undefined;
  }
}

/** The kind for a portal/SDK code and HTTP status. Codes win; the status decides unknown codes. */
export function kindFor(code: string, status: number | undefined): AppErrorKind {
  const byCode = Object.hasOwn(KIND_BY_CODE, code.toUpperCase()) ? KIND_BY_CODE[code.toUpperCase()] : undefined;
  if (byCode) return byCode;
  // The SDK's own failures (JSSDK_*) often carry status 0 without any network involved.
  if (status === 0 && code.startsWith('JSSDK_')) return 'portal-error';
  switch (status) {
    case 0:
    case 408:
      return 'network';
    case 401:
      return 'not-authorised';
    case 403:
      return 'access-denied';
    case 404:
      return 'not-found';
    case 429:
    case 503:
      return 'rate-limited';
    default:
      return 'portal-error';
  }
}

interface ErrorShape {
  code: string;
  status: number | undefined;
  detail: string;
}

function readShape(value: unknown): ErrorShape | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { code?: unknown; status?: unknown; message?: unknown; error?: unknown; error_description?: unknown };
  // A v3-style body: {"error": {"code": "CODE", "message": "text"}}.
  if (typeof record.error === 'object' && record.error !== null && record.code === undefined) return readShape(record.error);
  // A raw v2 error body: {"error": "CODE", "error_description": "text"}.
  if (typeof record.error === 'string' && record.error.trim() !== '' && record.code === undefined) {
    return {
      code: record.error,
      status: undefined,
      detail: typeof record.error_description === 'string' ? record.error_description : '',
    };
  }
  if (typeof record.code !== 'string' || record.code === '') return null;
  return {
    code: record.code,
    status: typeof record.status === 'number' ? record.status : undefined,
    detail: typeof record.message === 'string' ? record.message : '',
  };
}

/** The SDK keeps the error it wrapped in a non-enumerable `originalError`. */
function wrappedError(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { originalError?: unknown }).originalError : undefined;
}

/**
 * Turns anything a REST call or a frame command can fail with into an AppError:
 * an SDK `AjaxError`/`SdkError` (thrown, or taken from a failed result), a raw v2 error body,
 * a plain `Error`, or anything else. `method` is the REST method that failed; it decides the
 * scope named by 'missing-scope'. An AppError passes through unchanged.
 */
export function toAppError(error: unknown, method?: string): AppError {
  if (error instanceof AppError) return error;
  let shape = readShape(error);
  // Look through the SDK's wrappers, e.g. JSSDK_UNKNOWN_ERROR around a failed refreshAuth.
  let inner = wrappedError(error);
  while (shape && WRAPPER_CODES.has(shape.code) && inner !== undefined) {
    const innerShape = readShape(inner);
    if (!innerShape) break;
    shape = innerShape;
    inner = wrappedError(inner);
  }
  if (shape) {
    const kind = kindFor(shape.code, shape.status);
    return new AppError(kind, shape.code, shape.detail || shape.code, {
      status: shape.status,
      method,
      scope: kind === 'missing-scope' ? scopeForMethod(method) : undefined,
      cause: error,
    });
  }
  if (error instanceof Error) {
    return new AppError('portal-error', error.name || 'Error', error.message, { method, cause: error });
  }
  return new AppError('portal-error', 'UNKNOWN', String(error), { method, cause: error });
}

/** Errors worth retrying automatically (the SDK has already retried them a few times itself). */
export function isRetryableError(error: unknown): boolean {
  return error instanceof AppError && (error.kind === 'network' || error.kind === 'rate-limited');
}

const reported = new WeakSet<AppError>();

/**
 * Writes the original code to the console once per error, for whoever debugs it
 * (the screens show the localised message of the kind instead).
 */
export function reportAppError(error: AppError): void {
  if (reported.has(error)) return;
  reported.add(error);
  const where = error.options.method ? ` in ${error.options.method}` : '';
  const status = error.options.status !== undefined ? ` (HTTP ${error.options.status})` : '';
  console.warn(`[b24] ${error.kind}: ${error.code}${status}${where}: ${error.detail}`);
}
