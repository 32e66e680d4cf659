/**
 * Node http helpers for the emulator: CORS headers (open, echoing the Origin), body reading,
 * and JSON output encoded like the portal's PHP (`<`, `>`, `&`, `'` as \u escapes — the same
 * string after JSON.parse, so HTML in names reaches the app exactly as stored).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the real portal allows in a preflight (b24jssdk PR #507): no `authorization`, so a browser
 * cannot send `Authorization: Bearer` cross-origin (servers can; the REST side accepts it).
 */
export const REST_ALLOWED_HEADERS = 'origin, content-type, accept';
/** The emulator's own control API is open to any header. */
export const CONTROL_ALLOWED_HEADERS = 'origin, content-type, accept, authorization';

export interface CorsPolicy {
  methods: string;
  headers: string;
}

export function setCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', typeof origin === 'string' && origin !== '' ? origin : '*');
  res.setHeader('Access-Control-Allow-Methods', policy.methods);
  res.setHeader('Access-Control-Allow-Headers', policy.headers);
  res.setHeader('Vary', 'Origin');
}

/** Answers a CORS preflight (no body). */
export function sendPreflight(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): void {
  setCors(req, res, policy);
  res.statusCode = 200;
  res.setHeader('Content-Length', '0');
  res.end();
}

const PHP_HEX_ESCAPES: Record<string, string> = { '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', "'": '\\u0027' };

export function encodeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&']/g, (ch) => PHP_HEX_ESCAPES[ch] ?? ch);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = encodeJson(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export async function readBody(req: IncomingMessage, limitBytes = 5_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limitBytes) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `http://host[:port]` of this request, as the browser addressed the portal. */
export function requestOrigin(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  return `http://${host}`;
}
