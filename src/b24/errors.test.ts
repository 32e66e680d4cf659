import { AjaxError, SdkError } from '@bitrix24/b24jssdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, isRetryableError, kindFor, reportAppError, scopeForMethod, toAppError } from './errors';

function ajax(code: string, status: number, description = code, originalError?: unknown): AjaxError {
  return new AjaxError({ code, status, description, requestInfo: { method: 'x', params: {} }, originalError });
}

describe('toAppError with the SDK’s own errors', () => {
  it.each([
    ['NO_AUTH_FOUND', 401, 'not-authorised'],
    ['expired_token', 401, 'not-authorised'],
    ['user_access_error', 403, 'access-denied'],
    ['insufficient_scope', 403, 'missing-scope'],
    ['QUERY_LIMIT_EXCEEDED', 503, 'rate-limited'],
    ['OPERATION_TIME_LIMIT', 429, 'rate-limited'],
    ['NETWORK_ERROR', 0, 'network'],
    ['REQUEST_TIMEOUT', 408, 'network'],
    ['USER_NOT_EXISTS', 400, 'not-found'],
    ['ERROR_METHOD_NOT_FOUND', 404, 'not-found'],
    ['NOT_FOUND', 404, 'not-found'],
    ['ACCESS_DENIED', 403, 'access-denied'],
    ['ACCESS_ERROR', 403, 'access-denied'],
    ['INVALID_CREDENTIALS', 403, 'access-denied'],
    ['WRONG_AUTH_TYPE', 403, 'access-denied'],
    ['ID_EMPTY', 400, 'invalid-input'],
    ['INVALID_FORMAT', 400, 'invalid-input'],
    ['STATUS_ERROR', 400, 'invalid-input'],
    ['FIND_SHORT', 400, 'invalid-input'],
    ['ERROR_ARGUMENT', 400, 'invalid-input'],
    ['CHAT_ID_EMPTY', 400, 'invalid-input'],
    ['DIALOG_ID_EMPTY', 400, 'invalid-input'],
    ['INTERNAL_SERVER_ERROR', 500, 'portal-error'],
    ['ERROR_CORE', 400, 'portal-error'],
  ])('%s (HTTP %i) → %s', (code, status, kind) => {
    const error = toAppError(ajax(code, status, `text of ${code}`), 'im.user.get');
    expect(error).toBeInstanceOf(AppError);
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.detail).toBe(`text of ${code}`);
    expect(error.options.status).toBe(status);
    expect(error.options.method).toBe('im.user.get');
  });

  it('decides unknown codes by HTTP status', () => {
    expect(kindFor('SOMETHING', 401)).toBe('not-authorised');
    expect(kindFor('SOMETHING', 403)).toBe('access-denied');
    expect(kindFor('SOMETHING', 404)).toBe('not-found');
    expect(kindFor('SOMETHING', 503)).toBe('rate-limited');
    expect(kindFor('SOMETHING', 429)).toBe('rate-limited');
    expect(kindFor('ERR_SOMETHING', 0)).toBe('network');
    expect(kindFor('SOMETHING', 200)).toBe('portal-error');
  });

  it('does not call the SDK’s own status-0 failures network errors', () => {
    expect(toAppError(new SdkError({ code: 'JSSDK_FRAME_DISPOSED', status: 0, description: 'gone' })).kind).toBe('portal-error');
  });

  it('sees a failed token refresh through the SDK’s JSSDK_UNKNOWN_ERROR wrapper', () => {
    const timeout = new SdkError({ code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT', status: 408, description: 'no answer' });
    const wrapped = ajax('JSSDK_UNKNOWN_ERROR', 0, 'no answer', timeout);
    const error = toAppError(wrapped, 'user.get');
    expect(error.kind).toBe('not-authorised');
    expect(error.code).toBe('JSSDK_FRAME_REFRESH_AUTH_TIMEOUT');
  });

  it('classifies batch sub-command errors (HTTP 200) by their code', () => {
    expect(toAppError(ajax('insufficient_scope', 200), 'department.get').kind).toBe('missing-scope');
  });
});

describe('missing-scope names the scope', () => {
  it.each([
    ['im.user.list.get', 'im'],
    ['im.department.get', 'im'],
    ['user.get', 'user_brief'],
    ['user.search', 'user_brief'],
    ['department.get', 'department'],
    ['placement.bind', 'placement'],
  ])('%s → %s', (method, scope) => {
    expect(scopeForMethod(method)).toBe(scope);
    expect(toAppError(ajax('insufficient_scope', 403), method).options.scope).toBe(scope);
  });

  it('has no scope for methods without one', () => {
    expect(scopeForMethod('app.info')).toBeUndefined();
    expect(toAppError(ajax('insufficient_scope', 403)).options.scope).toBeUndefined();
  });

  it('names no scope for other kinds', () => {
    expect(toAppError(ajax('ACCESS_DENIED', 403), 'user.get').options.scope).toBeUndefined();
  });
});

describe('toAppError with other values', () => {
  it('passes AppErrors through', () => {
    const error = new AppError('network', 'X', 'y');
    expect(toAppError(error, 'm')).toBe(error);
  });

  it('reads a raw v2 error body', () => {
    const error = toAppError({ error: 'ACCESS_DENIED', error_description: 'Access denied!' }, 'placement.unbind');
    expect(error).toMatchObject({ kind: 'access-denied', code: 'ACCESS_DENIED', detail: 'Access denied!' });
  });

  it('makes plain errors and strange values portal errors', () => {
    expect(toAppError(new TypeError('boom'))).toMatchObject({ kind: 'portal-error', code: 'TypeError', detail: 'boom' });
    expect(toAppError('weird')).toMatchObject({ kind: 'portal-error', code: 'UNKNOWN', detail: 'weird' });
  });

  it('keeps the original as the cause', () => {
    const original = ajax('ID_EMPTY', 400);
    expect(toAppError(original).cause).toBe(original);
  });
});

describe('isRetryableError', () => {
  it('retries only network and rate-limited errors', () => {
    expect(isRetryableError(new AppError('network', 'NETWORK_ERROR', ''))).toBe(true);
    expect(isRetryableError(new AppError('rate-limited', 'QUERY_LIMIT_EXCEEDED', ''))).toBe(true);
    expect(isRetryableError(new AppError('missing-scope', 'insufficient_scope', ''))).toBe(false);
    expect(isRetryableError(new Error('x'))).toBe(false);
  });
});

describe('reportAppError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the original code to the console once per error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = toAppError(ajax('insufficient_scope', 403, 'The request requires higher privileges'), 'user.get');
    reportAppError(error);
    reportAppError(error);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('insufficient_scope');
    expect(warn.mock.calls[0]?.[0]).toContain('user.get');
  });
});
