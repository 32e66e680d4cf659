/**
 * What a method handler gets: the store, the calling user, the portal origin (for absolute avatar
 * URLs), the request time, `dispatch` to run another method (used by batch), and a memo shared by
 * every call of one HTTP request (batch commands paging through the same list filter it once).
 */
import type { PortalStore } from '../store';
import type { PortalUser } from '../types';
import type { RestError } from './errors';
import type { Params } from './params';

export interface MethodResult {
  result: unknown;
  total?: number;
  next?: number;
  /** sub-method names of a batch, for the REST log */
  commands?: string[];
}

export type CallOutcome = { ok: true; value: MethodResult; startedAt: number; finishedAt: number } | { ok: false; error: RestError; startedAt: number; finishedAt: number };

export interface CallContext {
  store: PortalStore;
  userId: number;
  user: PortalUser;
  /** The portal origin avatar URLs start with ('' under the `avatars: 'relative'` variant). */
  origin: string;
  now: number;
  inBatch: boolean;
  /** Values computed once per HTTP request (the portal does not change while a request runs). */
  memo: Map<string, unknown>;
  dispatch(method: string, params: Params, inBatch: boolean): CallOutcome;
}

export type Handler = (params: Params, ctx: CallContext) => MethodResult;

export interface MethodDef {
  /** any one of these scopes grants the method; null = basic (always granted) */
  scopes: string[] | null;
  handler: Handler;
}
