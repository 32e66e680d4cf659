import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { devServerOptions } from './scripts/dev-server-options.js';

/**
 * A Bitrix24 portal opens an app with a form POST to its handler URL. The Vite dev and preview
 * servers only answer GET for pages, so a POST to a page is answered as if it were a GET
 * (the SDK reads everything it needs from window.name and postMessage, not from the POST body).
 */
function portalPostAsGet(): Plugin {
  const rewrite = (req: { method?: string; url?: string }) => {
    if (req.method !== 'POST') return;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/' || path.endsWith('.html')) req.method = 'GET';
  };
  return {
    name: 'portal-post-as-get',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        rewrite(req);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        rewrite(req);
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), portalPostAsGet()],
  server: {
    // host, allowedHosts and https for a tunnel or LAN address: see scripts/dev-server-options.ts.
    ...devServerOptions(process.env),
    port: Number(process.env.APP_PORT ?? 5173),
    strictPort: true,
  },
  build: {
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
    rolldownOptions: {
      // Two pages of one app: index.html, and install.html that a static app's portal opens to install it.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        install: fileURLToPath(new URL('./install.html', import.meta.url)),
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
