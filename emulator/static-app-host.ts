import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { appContentSecurityPolicy } from './app-csp';

/**
 * Serves a built app folder (dist/) on the app origin the way a static host would, plus the one
 * thing a Bitrix24 app host must do: answer the portal's form POST to the handler page as a GET.
 */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Pages the portal opens with a form POST (handler URL, static index/install pages). */
export function isPortalPostTarget(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html' || pathname === '/install.html';
}

/**
 * Maps a request path to a file under `root`, or null when it would leave `root` or is not a
 * valid path. A path ending in '/' means its index.html. Pure: it does not touch the disk.
 */
export function resolveStaticPath(root: string, requestPath: string): string | null {
  const pathname = requestPath.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${relative}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

export interface StaticAppHostOptions {
  dir: string;
  portalOrigin: string;
}

type Next = () => void;

/** A connect-style handler; calls `next()` for requests it does not serve (missing files → 404 itself). */
export function createStaticAppHandler({ dir, portalOrigin }: StaticAppHostOptions) {
  const csp = appContentSecurityPolicy(portalOrigin);
  const root = path.resolve(dir);

  return async function handleStaticApp(req: IncomingMessage, res: ServerResponse, next?: Next): Promise<void> {
    // The raw path, not new URL(): traversal must be refused here, not silently normalised.
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const method = req.method ?? 'GET';
    if (method === 'POST' && isPortalPostTarget(pathname)) {
      req.resume(); // the POST fields are for server-side handlers; a static app ignores them
    } else if (method !== 'GET' && method !== 'HEAD') {
      if (next) return next();
      return send(res, 405, 'Method not allowed', { allow: 'GET, HEAD, POST' });
    }
    const file = resolveStaticPath(root, pathname);
    if (!file) return send(res, 400, 'Bad path');
    let size: number;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      if (next) return next();
      return send(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'content-type': mimeType(file),
      'content-length': size,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=0',
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}
