import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

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
    host: 'localhost',
    port: Number(process.env.APP_PORT ?? 5173),
    strictPort: true,
  },
  build: {
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
