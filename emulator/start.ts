import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createPortal } from './portal';
import { createHarnessHost, createShellHost, HARNESS_BASE, type ViteHost } from './shell-host';
import { createStaticAppHandler } from './static-app-host';

/** Where the app comes from: a built folder served by the emulator, or a running server (Vite dev). */
export type AppSource = { kind: 'dist'; dir: string } | { kind: 'url'; url: string };

export interface StartOptions {
  portalPort: number;
  appPort: number;
  app: AppSource;
  users?: number;
  seed?: number;
  /** Serve the SDK harness under /__harness/ of the app origin (dist only; default true). */
  harness?: boolean;
  /** Interface to listen on (default 'localhost'). */
  host?: string;
}

export interface RunningEmulator {
  portalUrl: string;
  appUrl: string;
  portal: ReturnType<typeof createPortal>;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function notFound(res: ServerResponse): void {
  if (res.headersSent) return;
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

function failed(res: ServerResponse, error: unknown): void {
  console.error('[emulator]', error);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Emulator error');
}

/** Harness pages are opened by the portal's form POST like any handler page: answer it as a GET. */
function postAsGet(req: IncomingMessage): void {
  const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/';
  if (req.method === 'POST' && pathname.endsWith('.html')) {
    req.resume();
    req.method = 'GET';
  }
}

/**
 * Starts the portal origin (core handler for /rest, /emulator-api, /avatars; then the portal page)
 * and, for a built app, the app origin (static host with CSP, plus the SDK harness).
 */
export async function startEmulator(opts: StartOptions): Promise<RunningEmulator> {
  const host = opts.host ?? 'localhost';
  const portalUrl = `http://localhost:${opts.portalPort}/`;
  const portalOrigin = new URL(portalUrl).origin;
  const appUrl = opts.app.kind === 'url' ? opts.app.url : `http://localhost:${opts.appPort}/`;

  const portal = createPortal({
    appUrl,
    ...(opts.users !== undefined ? { users: opts.users } : {}),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
  });
  const shell = await createShellHost(appUrl);
  const portalServer = createServer((req, res) => {
    try {
      portal.handle(req, res, () => shell.handle(req, res, () => notFound(res)));
    } catch (error) {
      failed(res, error);
    }
  });

  let appServer: Server | null = null;
  let harness: Promise<ViteHost> | null = null;
  if (opts.app.kind === 'dist') {
    const serveApp = createStaticAppHandler({ dir: path.resolve(opts.app.dir), portalOrigin });
    const withHarness = opts.harness ?? true;
    appServer = createServer((req, res) => {
      if (withHarness && (req.url ?? '').startsWith(HARNESS_BASE)) {
        postAsGet(req);
        harness ??= createHarnessHost();
        harness.then((h) => h.handle(req, res, () => notFound(res))).catch((error: unknown) => failed(res, error));
        return;
      }
      serveApp(req, res).catch((error: unknown) => failed(res, error));
    });
  }

  try {
    await listen(portalServer, opts.portalPort, host);
    if (appServer) await listen(appServer, opts.appPort, host);
  } catch (error) {
    await shell.close();
    if (portalServer.listening) await closeServer(portalServer);
    throw error;
  }

  return {
    portalUrl,
    appUrl,
    portal,
    async close() {
      await Promise.all([closeServer(portalServer), appServer ? closeServer(appServer) : undefined]);
      await shell.close();
      if (harness) await (await harness).close();
      await portal.close();
    },
  };
}
