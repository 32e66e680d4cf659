/**
 * Entry point of the portal emulator core: createPortal(opts) → { handle, store, close }.
 * `handle` is a connect-style handler for /rest/*, /emulator-api/* and /avatars/*; anything else
 * goes to `next()`. It also runs the presence churn (every 15 s while config.presenceChurn).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAvatar } from './avatars';
import { handleControl } from './control-api';
import { sendJson } from './rest/http';
import { handleRest } from './rest/pipeline';
import { buildRegistry } from './rest/registry';
import { PortalStore, type StoreOptions } from './store';

export interface PortalOptions extends StoreOptions {
  /** where the app lives (the shell uses it; kept for the state) */
  appUrl: string;
  /** churn period, ms (default 15000) */
  churnIntervalMs?: number;
}

export type NextFn = (err?: unknown) => void;

export interface Portal {
  handle(req: IncomingMessage, res: ServerResponse, next: NextFn): void;
  store: PortalStore;
  appUrl: string;
  close(): void;
}

export const CHURN_INTERVAL_MS = 15_000;

export function createPortal(opts: PortalOptions): Portal {
  const store = new PortalStore(opts);
  const methods = buildRegistry();
  const timer = setInterval(() => {
    if (store.config.presenceChurn) store.churnTick();
  }, opts.churnIntervalMs ?? CHURN_INTERVAL_MS);
  timer.unref();

  const route = async (req: IncomingMessage, res: ServerResponse, next: NextFn): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/rest/')) return handleRest(req, res, url, store, methods);
    if (path === '/emulator-api' || path.startsWith('/emulator-api/')) return handleControl(req, res, url, store);
    if (path.startsWith('/avatars/')) return handleAvatar(req, res, path, store);
    next();
  };

  return {
    store,
    appUrl: opts.appUrl,
    handle(req, res, next) {
      route(req, res, next).catch((err: unknown) => {
        console.error('[emulator] request failed', err);
        if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' });
        else res.end();
      });
    },
    close() {
      clearInterval(timer);
    },
  };
}
