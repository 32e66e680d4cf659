/**
 * Runs one REST method for an authenticated user: method lookup (404 ERROR_METHOD_NOT_FOUND),
 * scope check (403 insufficient_scope), then the handler. Shared by top-level calls and batch
 * sub-commands; unexpected exceptions become 500 INTERNAL_SERVER_ERROR.
 * Portal variants applied here: `avatars: 'relative'` (avatar URLs as portal-relative paths: the
 * handlers build them on an empty origin) and `listTotals` (list-totals.ts).
 */
import type { PortalStore } from '../store';
import type { CallContext, MethodDef } from './context';
import { RestError, systemErrors } from './errors';
import { applyListTotals } from './list-totals';

export function hasScope(def: MethodDef, granted: readonly string[]): boolean {
  return def.scopes === null || def.scopes.some((s) => granted.includes(s));
}

export interface DispatchEnv {
  store: PortalStore;
  userId: number;
  origin: string;
  methods: ReadonlyMap<string, MethodDef>;
}

/** A dispatcher for one HTTP request (its sub-calls share one memo). */
export function createDispatcher(env: DispatchEnv): CallContext['dispatch'] {
  const memo = new Map<string, unknown>();
  const dispatch: CallContext['dispatch'] = (method, params, inBatch) => {
    const clock = env.store.now;
    const startedAt = clock();
    try {
      const def = env.methods.get(method.toLowerCase());
      if (!def) throw systemErrors.methodNotFound();
      if (!hasScope(def, env.store.config.scopes)) throw systemErrors.insufficientScope();
      const user = env.store.user(env.userId);
      if (!user) throw systemErrors.noAuth();
      const { variants } = env.store;
      const origin = variants.avatars === 'relative' ? '' : env.origin;
      const ctx: CallContext = { store: env.store, userId: env.userId, user, origin, now: startedAt, inBatch, memo, dispatch };
      const value = applyListTotals(method, def.handler(params, ctx), variants.listTotals);
      return { ok: true, value, startedAt, finishedAt: clock() };
    } catch (err) {
      if (err instanceof RestError) return { ok: false, error: err, startedAt, finishedAt: clock() };
      console.error('[emulator] handler crashed for', method, err);
      return { ok: false, error: systemErrors.internal(), startedAt, finishedAt: clock() };
    }
  };
  return dispatch;
}
