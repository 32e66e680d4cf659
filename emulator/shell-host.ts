import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ServerOptions, type ViteDevServer } from 'vite';

/**
 * Vite instances (middleware mode) that serve the emulator's own browser code without a build step:
 * the portal page (emulator/shell) and the e2e SDK harness (emulator/fixtures). Neither reads the
 * app's vite.config.ts; both have HMR, the WebSocket and file watching off (a dev/test tool).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface ViteHost {
  handle: Middleware;
  close(): Promise<void>;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Puts the app's handler URL into the portal page (<meta name="emulator-app-url">). */
function injectAppUrl(appUrl: string): Plugin {
  return {
    name: 'emulator-app-url',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('%EMULATOR_APP_URL%', escapeAttribute(appUrl)),
    },
  };
}

/** With HMR off the Vite client has nothing to do but fail to open its WebSocket: leave it out. */
function withoutViteClient(): Plugin {
  return {
    name: 'emulator-without-vite-client',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" src="[^"]*\/@vite\/client"><\/script>\s*/g, ''),
    },
  };
}

const quietServer = (): ServerOptions => ({
  middlewareMode: true,
  hmr: false,
  ws: false,
  watch: null,
  fs: { allow: [repoRoot] },
});

function asHost(vite: ViteDevServer): ViteHost {
  return { handle: (req, res, next) => vite.middlewares(req, res, next), close: () => vite.close() };
}

/** The portal page at `/` of the portal origin. */
export async function createShellHost(appUrl: string): Promise<ViteHost> {
  const vite = await createServer({
    configFile: false,
    envDir: false,
    root: path.join(here, 'shell'),
    cacheDir: path.join(repoRoot, 'node_modules/.vite/emulator-shell'),
    appType: 'spa',
    logLevel: 'warn',
    clearScreen: false,
    plugins: [react(), tailwindcss(), injectAppUrl(appUrl), withoutViteClient()],
    optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'] },
    server: quietServer(),
  });
  return asHost(vite);
}

export const HARNESS_BASE = '/__harness/';

/** The SDK harness pages under /__harness/ of the app origin (tests only; not part of dist). */
export async function createHarnessHost(): Promise<ViteHost> {
  const vite = await createServer({
    configFile: false,
    envDir: false,
    root: path.join(here, 'fixtures'),
    base: HARNESS_BASE,
    cacheDir: path.join(repoRoot, 'node_modules/.vite/emulator-harness'),
    appType: 'mpa',
    logLevel: 'warn',
    clearScreen: false,
    plugins: [withoutViteClient()],
    optimizeDeps: { include: ['@bitrix24/b24jssdk'] },
    server: quietServer(),
  });
  return asHost(vite);
}
