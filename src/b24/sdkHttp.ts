/**
 * One fix on the SDK's HTTP client: every successful v2 body must carry a `time` object, or the
 * SDK throws JSSDK_UNKNOWN_ERROR ("Cannot destructure property 'operating'…") for an answer that
 * is otherwise fine (reference b24jssdk §0.6). A portal that leaves `time` out, or prints it as
 * `[]`/null, gets an empty one added before the SDK reads the body. Error bodies are untouched.
 */

/** The body with `time: {}` added when a success body lacks a usable one; anything else as is. */
export function withTimeBlock(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const body = data as Record<string, unknown>;
  if ('error' in body) return data;
  const time = body.time;
  if (typeof time === 'object' && time !== null && !Array.isArray(time)) return data;
  return { ...body, time: {} };
}

/** The part of an axios instance the fix needs (R: axios' response type). */
export interface ResponseInterceptable<R extends { data: unknown }> {
  interceptors: {
    response: {
      use(onFulfilled: (response: R) => R | Promise<R>): number;
    };
  };
}

/** Adds the `time` fix to the SDK's axios instance (`b24.getHttpClient(ApiVersion.v2).ajaxClient`). */
export function addTimeBlockFix<R extends { data: unknown }>(client: ResponseInterceptable<R>): void {
  client.interceptors.response.use((response) => {
    response.data = withTimeBlock(response.data);
    return response;
  });
}
