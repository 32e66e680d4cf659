/**
 * Reads a REST call the way the portal does: method from `/rest/<method>[.json]` (case-insensitive),
 * parameters merged from the query string and the body (JSON or form-urlencoded with PHP
 * brackets), and the access token from body `auth`, query `auth` or `Authorization: Bearer`.
 */
import qs from 'qs';
import type { IncomingMessage } from 'node:http';
import { isRecord, type Params } from './params';

export const QS_OPTIONS = { depth: 20, arrayLimit: 1000, parameterLimit: 100_000, allowPrototypes: false } as const;

export interface RestRequest {
  /** lower-case method name, without `.json` */
  method: string;
  params: Params;
  token: string | null;
}

export function restMethodFromPath(pathname: string): string {
  let rest = pathname.replace(/^\/rest\//, '');
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // keep the raw text; it will not match any method
  }
  return rest.replace(/\.json$/i, '').toLowerCase();
}

export function parseQueryString(text: string): Params {
  if (text === '') return {};
  return qs.parse(text, QS_OPTIONS) as Params;
}

function parseBody(contentType: string, body: string): Params {
  if (body.trim() === '') return {};
  const type = contentType.toLowerCase();
  if (type.includes('application/json') || (!type.includes('form') && /^\s*[{[]/.test(body))) {
    try {
      const parsed: unknown = JSON.parse(body);
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  return parseQueryString(body);
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? (m[1] ?? null) : null;
}

/** Parameters without the token and without the SDK's transport markers (bx24_*). */
export function stripTransportKeys(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'auth' || key.startsWith('bx24_')) continue;
    out[key] = value;
  }
  return out;
}

export function parseRestRequest(req: IncomingMessage, url: URL, body: string): RestRequest {
  const query = parseQueryString(url.search.replace(/^\?/, ''));
  const fromBody = parseBody(String(req.headers['content-type'] ?? ''), body);
  const merged: Params = { ...query, ...fromBody };
  const tokenOf = (p: Params): string | null => (typeof p.auth === 'string' && p.auth !== '' ? p.auth : null);
  const token = tokenOf(fromBody) ?? tokenOf(query) ?? bearer(req);
  return { method: restMethodFromPath(url.pathname), params: stripTransportKeys(merged), token };
}
