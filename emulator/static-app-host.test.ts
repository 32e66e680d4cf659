import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticAppHandler, isPortalPostTarget, mimeType, resolveStaticPath } from './static-app-host';

const root = path.resolve('/srv/app');

describe('resolveStaticPath', () => {
  it('maps paths under the root and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets/app.js'));
    expect(resolveStaticPath(root, '/sub/')).toBe(path.join(root, 'sub/index.html'));
    expect(resolveStaticPath(root, '/a%20b.txt')).toBe(path.join(root, 'a b.txt'));
  });

  it('refuses to leave the root', () => {
    expect(resolveStaticPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/assets/../../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/..%2fetc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/a%5c..%5c..%5cetc')).toBeNull();
    expect(resolveStaticPath(root, '/x%00.html')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, 'relative.txt')).toBeNull();
  });
});

describe('mimeType and isPortalPostTarget', () => {
  it('knows the types a Vite build emits', () => {
    expect(mimeType('a.js')).toMatch(/^text\/javascript/);
    expect(mimeType('a.CSS')).toMatch(/^text\/css/);
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });

  it('accepts the portal POST only on the entry pages', () => {
    expect(isPortalPostTarget('/')).toBe(true);
    expect(isPortalPostTarget('/index.html')).toBe(true);
    expect(isPortalPostTarget('/install.html')).toBe(true);
    expect(isPortalPostTarget('/assets/app.js')).toBe(false);
  });
});

describe('createStaticAppHandler over HTTP', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'static-host-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dir, 'install.html'), '<!doctype html><title>install</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(path.dirname(dir), 'outside-secret.txt'), 'secret');
    const handler = createStaticAppHandler({ dir, portalOrigin: 'http://localhost:5184' });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their MIME type and the strict CSP', async () => {
    const res = await fetch(`${base}/assets/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors http://localhost:5184');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers the portal form POST to /, /index.html and /install.html like a GET', async () => {
    const form = new URLSearchParams({ AUTH_ID: 'x', PLACEMENT: 'DEFAULT' });
    for (const [page, title] of [
      ['/?DOMAIN=localhost:5184&APP_SID=abc', 'app'],
      ['/index.html', 'app'],
      ['/install.html', 'install'],
    ] as const) {
      const res = await fetch(`${base}${page}`, { method: 'POST', body: form });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain(`<title>${title}</title>`);
    }
  });

  it('rejects POST elsewhere, missing files and traversal', async () => {
    expect((await fetch(`${base}/assets/app.js`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    // fetch() would normalise the dots away; send the raw paths.
    expect(await rawStatus(`${base}/../outside-secret.txt`)).toBe(400);
    expect(await rawStatus(`${base}/%2e%2e/outside-secret.txt`)).toBe(400);
    expect(await rawStatus(`${base}/assets/..%2f..%2foutside-secret.txt`)).toBe(400);
    expect((await fetch(`${base}/assets`)).status).toBe(404);
  });
});

function rawStatus(url: string): Promise<number> {
  const { hostname, port } = new URL(url);
  const rawPath = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
