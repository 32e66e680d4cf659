/**
 * Dev/preview server settings from the environment, for opening the app from a real Bitrix24
 * portal (through a tunnel or on a LAN address) instead of the local emulator:
 *
 *   APP_HOST            address to listen on (default "localhost"; "0.0.0.0" or "true" = all)
 *   APP_ALLOWED_HOSTS   host names the server answers besides localhost, comma-separated;
 *                       ".example.com" allows every subdomain; "all" allows any host (careful)
 *   APP_HTTPS_CERT      PEM certificate file  } both together: serve HTTPS (a portal on https
 *   APP_HTTPS_KEY       PEM private key file  } refuses to frame plain-http pages)
 *
 * A tunnel that terminates TLS itself (cloudflared, ngrok…) needs only APP_ALLOWED_HOSTS.
 */
import { readFileSync } from 'node:fs';

export interface DevServerOptions {
  host: string | true;
  allowedHosts?: string[] | true;
  https?: { cert: Buffer; key: Buffer };
}

export type DevServerEnv = Partial<Record<'APP_HOST' | 'APP_ALLOWED_HOSTS' | 'APP_HTTPS_CERT' | 'APP_HTTPS_KEY', string>>;

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export function devServerOptions(env: DevServerEnv, readFile: (path: string) => Buffer = (path) => readFileSync(path)): DevServerOptions {
  const options: DevServerOptions = { host: 'localhost' };
  if (set(env.APP_HOST)) options.host = env.APP_HOST.trim() === 'true' ? true : env.APP_HOST.trim();

  if (set(env.APP_ALLOWED_HOSTS)) {
    const raw = env.APP_ALLOWED_HOSTS.trim();
    options.allowedHosts =
      raw === 'all' || raw === 'true'
        ? true
        : raw
            .split(',')
            .map((host) => host.trim())
            .filter(Boolean);
  }

  const cert = env.APP_HTTPS_CERT;
  const key = env.APP_HTTPS_KEY;
  if (set(cert) !== set(key)) throw new Error('Set both APP_HTTPS_CERT and APP_HTTPS_KEY (PEM files) to serve HTTPS, or neither.');
  if (set(cert) && set(key)) options.https = { cert: readFile(cert.trim()), key: readFile(key.trim()) };
  return options;
}
