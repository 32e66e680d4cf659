/**
 * One REST request end to end: CORS (preflights are answered and neither counted nor logged),
 * the leaky bucket (503 QUERY_LIMIT_EXCEEDED), injected latency and failures, the token
 * (401 NO_AUTH_FOUND / expired_token; a valid caller's last activity is refreshed), dispatch, the envelope
 * (`{result, next?, total?, time}` or `{error, error_description}`) and the REST log entry.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalStore } from '../store';
import type { MethodDef, MethodResult } from './context';
import { createDispatcher } from './dispatch';
import { timeBlock } from './envelope';
import { RestError, systemErrors } from './errors';
import { readBody, REST_ALLOWED_HEADERS, requestOrigin, sendJson, sendPreflight, setCors } from './http';
import { parseRestRequest, restMethodFromPath } from './request';

const REST_CORS = { methods: 'GET, POST, OPTIONS', headers: REST_ALLOWED_HEADERS };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The caller has the portal page open: its last activity stays fresh (as the portal's own pings do). */
function markActive(store: PortalStore, userId: number): void {
  const user = store.user(userId);
  if (user && user.active) user.lastActivity = Math.max(user.lastActivity ?? 0, Math.floor(store.now() / 1000) * 1000);
}

function successBody(value: MethodResult, startedAt: number, finishedAt: number): Record<string, unknown> {
  const body: Record<string, unknown> = { result: value.result };
  if (value.next !== undefined) body.next = value.next;
  if (value.total !== undefined) body.total = value.total;
  body.time = timeBlock(startedAt, finishedAt);
  return body;
}

export async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL, store: PortalStore, methods: ReadonlyMap<string, MethodDef>): Promise<void> {
  if (req.method === 'OPTIONS') {
    sendPreflight(req, res, REST_CORS);
    return;
  }
  setCors(req, res, REST_CORS);
  const startedAt = store.now();
  const epoch = store.logEpoch;
  const t0 = performance.now();
  let method = restMethodFromPath(url.pathname);
  let params: Record<string, unknown> = {};
  let userId: number | undefined;
  let status = 200;
  let body: unknown;
  let errorCode: string | undefined;
  let commands: string[] | undefined;
  try {
    const parsed = parseRestRequest(req, url, await readBody(req));
    method = parsed.method;
    params = parsed.params;
    if (store.config.bucketEnabled && !store.bucket.tryAdd(store.now())) throw systemErrors.queryLimit();
    if (store.faults.latencyMs > 0) await sleep(store.faults.latencyMs);
    const failure = store.faults.takeFailure();
    if (failure === 500) throw systemErrors.internal();
    if (failure === 503) throw systemErrors.queryLimit();
    const check = store.checkToken(parsed.token);
    if (!check.ok) throw check.reason === 'expired' ? systemErrors.expiredToken() : systemErrors.noAuth();
    userId = check.userId;
    markActive(store, userId);
    const dispatch = createDispatcher({ store, userId, origin: requestOrigin(req), methods });
    const outcome = dispatch(method, params, false);
    if (!outcome.ok) throw outcome.error;
    commands = outcome.value.commands;
    body = successBody(outcome.value, startedAt, store.now());
  } catch (err) {
    const error = err instanceof RestError ? err : systemErrors.internal();
    if (!(err instanceof RestError)) console.error('[emulator] REST request failed', err);
    status = error.status;
    errorCode = error.code;
    body = error.toBody();
  }
  sendJson(res, status, body);
  store.logRest({
    at: new Date(startedAt).toISOString(),
    method,
    params,
    httpStatus: status,
    durationMs: Math.round((performance.now() - t0) * 10) / 10,
    ...(errorCode !== undefined ? { error: errorCode } : {}),
    ...(commands !== undefined ? { commands } : {}),
    ...(userId !== undefined ? { userId } : {}),
  }, epoch);
}
