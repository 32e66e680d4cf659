/**
 * Test harness: starts createPortal() on an ephemeral 127.0.0.1 port with node:http and talks to
 * it with fetch, like the SDK does (POST /rest/<method>?bx24_… with a JSON body carrying `auth`).
 * Not a test file itself; imported by emulator/**\/*.test.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPortal, type Portal, type PortalOptions } from '../portal';

/** Parsed JSON of a response; tests inspect arbitrary wire shapes, hence `any`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WireBody = any;

export interface CallResult {
  status: number;
  body: WireBody;
  text: string;
  headers: Headers;
}

export interface Harness {
  base: string;
  portal: Portal;
  token: string;
  refresh: string;
  /** SDK-style call with the harness token (override with opts.token; null = no auth) */
  call(method: string, params?: Record<string, unknown>, opts?: { token?: string | null; origin?: string }): Promise<CallResult>;
  raw(path: string, init?: RequestInit): Promise<CallResult>;
  control(path: string, method?: string, body?: unknown): Promise<CallResult>;
  newSession(body?: Record<string, unknown>): Promise<{ AUTH_ID: string; REFRESH_ID: string; AUTH_EXPIRES: number; MEMBER_ID: string; DOMAIN: string }>;
  /** POST /emulator-api/reset with `body`, then a fresh harness token (a reset drops every token). */
  reset(body?: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

async function toResult(res: Response): Promise<CallResult> {
  const text = await res.text();
  let body: WireBody = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON (avatars, 404 pages)
  }
  return { status: res.status, body, text, headers: res.headers };
}

export async function startPortal(opts: Partial<PortalOptions> = {}): Promise<Harness> {
  const portal = createPortal({ appUrl: 'http://localhost:6999/', churn: false, bucket: false, ...opts });
  const server: Server = createServer((req, res) =>
    portal.handle(req, res, () => {
      res.statusCode = 404;
      res.end('next() reached');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const raw = async (path: string, init?: RequestInit) => toResult(await fetch(base + path, init));
  const control = async (path: string, method = 'GET', body?: unknown) =>
    toResult(
      await fetch(`${base}/emulator-api/${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const newSession = async (body?: Record<string, unknown>) => (await control('session', 'POST', body ?? {})).body as Awaited<ReturnType<Harness['newSession']>>;
  const first = await newSession();
  const harness: Harness = {
    base,
    portal,
    token: first.AUTH_ID,
    refresh: first.REFRESH_ID,
    raw,
    control,
    newSession,
    async reset(body = {}) {
      await control('reset', 'POST', body);
      harness.token = (await newSession()).AUTH_ID;
    },
    async call(method, params = {}, o = {}) {
      const token = o.token === undefined ? harness.token : o.token;
      const payload = token === null ? params : { ...params, auth: token };
      return toResult(
        await fetch(`${base}/rest/${method}?bx24_request_id=test&bx24_sdk_ver=2.2.0&bx24_sdk_type=b24-js-sdk`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: o.origin ?? 'http://localhost:6999' },
          body: JSON.stringify(payload),
        }),
      );
    },
    async close() {
      portal.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return harness;
}
