import { describe, expect, it } from 'vitest';
import { devServerOptions } from './dev-server-options';

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
