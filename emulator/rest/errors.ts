/**
 * REST errors: a RestError carries the code, description and HTTP status of a Bitrix24 error
 * (`{"error":"CODE","error_description":"text"}` on the wire, plus `argument` for ERROR_ARGUMENT).
 * `systemErrors` are the §4.6 system errors and the auth/method errors every method can answer.
 */

export class RestError extends Error {
  constructor(
    readonly code: string,
    readonly description: string,
    readonly status: number,
    readonly argument?: string,
  ) {
    super(`${code}: ${description}`);
  }

  toBody(): Record<string, string> {
    const body: Record<string, string> = { error: this.code, error_description: this.description };
    if (this.argument !== undefined) body.argument = this.argument;
    return body;
  }
}

export const systemErrors = {
  internal: () => new RestError('INTERNAL_SERVER_ERROR', 'Internal server error', 500),
  queryLimit: () => new RestError('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503),
  methodNotFound: () => new RestError('ERROR_METHOD_NOT_FOUND', 'Method not found!', 404),
  noAuth: () => new RestError('NO_AUTH_FOUND', 'Wrong authorization data', 401),
  expiredToken: () => new RestError('expired_token', 'The access token provided has expired', 401),
  insufficientScope: () =>
    new RestError('insufficient_scope', 'The request requires higher privileges than provided by the access token', 403),
  batchMethodNotAllowed: () => new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage', 405),
  batchLengthExceeded: () => new RestError('ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded', 400),
  accessDenied: () => new RestError('ACCESS_DENIED', 'Access denied!', 403),
  argumentNull: (name: string) => new RestError('ERROR_ARGUMENT', `Argument '${name}' is null or empty`, 400, name),
};
