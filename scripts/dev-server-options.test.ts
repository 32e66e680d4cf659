import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devServerOptions } from './dev-server-options';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const fakeRead = (path: string) => Buffer.from(`contents of ${path}`);

describe('devServerOptions', () => {
  it('listens on localhost only, for the local emulator, by default', () => {
    expect(devServerOptions({})).toEqual({ host: 'localhost' });
    expect(devServerOptions({ APP_HOST: ' ', APP_ALLOWED_HOSTS: '' })).toEqual({ host: 'localhost' });
  });

  it('answers a tunnel’s host names', () => {
    expect(devServerOptions({ APP_ALLOWED_HOSTS: 'abc.trycloudflare.com, .ngrok-free.app' }).allowedHosts).toEqual([
      'abc.trycloudflare.com',
      '.ngrok-free.app',
    ]);
    expect(devServerOptions({ APP_ALLOWED_HOSTS: 'all' }).allowedHosts).toBe(true);
  });

  it('listens on another address when asked', () => {
    expect(devServerOptions({ APP_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(devServerOptions({ APP_HOST: 'true' }).host).toBe(true);
  });

  it('serves HTTPS with a certificate and key', () => {
    const https = devServerOptions({ APP_HTTPS_CERT: '/c.pem', APP_HTTPS_KEY: '/k.pem' }, fakeRead).https;
    expect(https?.cert.toString()).toBe('contents of /c.pem');
    expect(https?.key.toString()).toBe('contents of /k.pem');
  });

  it('refuses half an HTTPS setup', () => {
    expect(() => devServerOptions({ APP_HTTPS_CERT: '/c.pem' }, fakeRead)).toThrow(/both APP_HTTPS_CERT and APP_HTTPS_KEY/);
  });
});

/** The real dev server with the project's config (its portal-post-as-get plugin), on a free port. */
describe('the dev server of vite.config.ts', () => {
  let server: ViteDevServer;
  let origin: string;

  beforeAll(async () => {
    server = await createServer({
      configFile: path.join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'silent',
      server: { port: 0, strictPort: false, ws: false, watch: null },
    });
    await server.listen();
    const address = server.httpServer?.address() as AddressInfo;
    origin = `http://localhost:${address.port}`;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('answers the portal’s form POST to /, /index.html and /install.html with the page', async () => {
    for (const page of ['/', '/index.html', '/install.html', '/index.html?DOMAIN=portal.example&PROTOCOL=1']) {
      const res = await fetch(`${origin}${page}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'AUTH_ID=abc&REFRESH_ID=def&member_id=m1&PLACEMENT=DEFAULT&PLACEMENT_OPTIONS=%7B%7D',
      });
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type'), page).toMatch(/text\/html/);
      expect(await res.text(), page).toContain('<div id="root"></div>');
    }
  });
});
