/**
 * Every error code the reference names (bitrix24-rest §1–§5: system errors, per-method errors,
 * other codes seen in the docs, OAuth errors), in every way a portal can deliver it: thrown by the
 * SDK with its HTTP status, returned in a body without one (HTTP 200 or a batch sub-command), or
 * as a plain string in a batch's result_error. Each maps to the same kind, keeps its code, and
 * reads as a sentence in English and Russian.
 */
import { AjaxError } from '@bitrix24/b24jssdk';
import { describe, expect, it } from 'vitest';
import { batchSubError } from './batchWire';
import { describeAppError, errorMessages } from './errorMessages';
import { toAppError, type AppErrorKind } from './errors';

const REFERENCE_CODES: Array<[code: string, status: number, kind: AppErrorKind]> = [
  // §4.6 system errors
  ['INTERNAL_SERVER_ERROR', 500, 'portal-error'],
  ['ERROR_UNEXPECTED_ANSWER', 500, 'portal-error'],
  ['QUERY_LIMIT_EXCEEDED', 503, 'rate-limited'],
  ['OPERATION_TIME_LIMIT', 429, 'rate-limited'],
  ['ERROR_BATCH_METHOD_NOT_ALLOWED', 405, 'invalid-input'],
  ['ERROR_BATCH_LENGTH_EXCEEDED', 400, 'invalid-input'],
  ['NO_AUTH_FOUND', 401, 'not-authorised'],
  ['INVALID_REQUEST', 400, 'portal-error'],
  ['OVERLOAD_LIMIT', 503, 'rate-limited'],
  ['ACCESS_DENIED', 403, 'access-denied'],
  ['INVALID_CREDENTIALS', 403, 'access-denied'],
  ['ERROR_MANIFEST_IS_NOT_AVAILABLE', 404, 'portal-error'],
  ['insufficient_scope', 403, 'missing-scope'],
  ['expired_token', 401, 'not-authorised'],
  ['user_access_error', 403, 'access-denied'],
  ['PORTAL_DELETED', 500, 'portal-error'],
  // §4.6 others seen in the docs
  ['ERROR_METHOD_NOT_FOUND', 404, 'not-found'],
  ['invalid_token', 401, 'not-authorised'],
  ['WRONG_AUTH_TYPE', 403, 'access-denied'],
  ['ERROR_ARGUMENT', 400, 'invalid-input'],
  ['METHOD_CONFIRM_WAITING', 401, 'access-denied'],
  ['METHOD_CONFIRM_DENIED', 403, 'access-denied'],
  ['PAYMENT_REQUIRED', 402, 'access-denied'],
  // OAuth server errors
  ['invalid_request', 400, 'portal-error'],
  ['invalid_client', 400, 'portal-error'],
  ['invalid_grant', 400, 'not-authorised'],
  ['invalid_scope', 403, 'missing-scope'],
  // §1–§3 per-method errors
  ['ID_EMPTY', 400, 'invalid-input'],
  ['USER_NOT_EXISTS', 400, 'not-found'],
  ['INVALID_FORMAT', 400, 'invalid-input'],
  ['STATUS_ERROR', 400, 'invalid-input'],
  ['CHAT_ID_EMPTY', 400, 'invalid-input'],
  ['ACCESS_ERROR', 403, 'access-denied'],
  ['DIALOG_ID_EMPTY', 400, 'invalid-input'],
  ['FIND_SHORT', 400, 'invalid-input'],
  // §5.3 placement errors
  ['ERROR_PLACEMENT_MAX_COUNT', 400, 'invalid-input'],
  ['ERROR_PLACEMENT_USER_MODE', 400, 'invalid-input'],
  ['EMPTY_ERROR_HANDLER_URL', 400, 'invalid-input'],
  // SDK-side codes for the same situations
  ['allowed_only_intranet_user', 403, 'access-denied'],
  ['NOT_FOUND', 404, 'not-found'],
  ['INVALID_ARG_VALUE', 400, 'invalid-input'],
];

describe.each(REFERENCE_CODES)('%s (HTTP %i)', (code, status, kind) => {
  it(`thrown by the SDK with its status → ${kind}`, () => {
    const thrown = new AjaxError({ code, status, description: `text of ${code}`, requestInfo: { method: 'user.get', params: {} } });
    expect(toAppError(thrown, 'user.get')).toMatchObject({ kind, code, detail: `text of ${code}`, options: { status, method: 'user.get' } });
  });

  it('returned in a body without a status (HTTP 200, batch sub-command) → the same kind, code kept', () => {
    expect(toAppError({ error: code, error_description: `text of ${code}` }, 'user.get')).toMatchObject({ kind, code });
    expect(batchSubError({ error: code, error_description: '' }, 'user.get')).toMatchObject({ kind, code, detail: code });
    expect(batchSubError(code, 'user.get')).toMatchObject({ kind, code });
  });

  it('reads as a sentence in English and Russian, never just the code', () => {
    const error = toAppError(new AjaxError({ code, status, description: code, requestInfo: { method: 'user.get', params: {} } }), 'user.get');
    for (const m of [errorMessages.en, errorMessages.ru]) {
      const text = describeAppError(error, m);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toContain(code);
    }
  });
});

describe('codes the reference does not name', () => {
  it.each([
    [500, 'portal-error'],
    [400, 'portal-error'],
    [200, 'portal-error'],
    [undefined, 'portal-error'],
    [401, 'not-authorised'],
    [403, 'access-denied'],
    [404, 'not-found'],
    [503, 'rate-limited'],
  ] as const)('with HTTP %s are %s, the original code kept', (status, kind) => {
    const error =
      status === undefined
        ? toAppError({ error: 'SOMETHING_NEW', error_description: 'new' }, 'im.user.get')
        : toAppError(new AjaxError({ code: 'SOMETHING_NEW', status, description: 'new', requestInfo: { method: 'x', params: {} } }), 'im.user.get');
    expect(error).toMatchObject({ kind, code: 'SOMETHING_NEW', detail: 'new' });
  });
});
