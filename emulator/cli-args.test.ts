import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('uses the test ports and ./dist by default', () => {
    expect(parseCliArgs([])).toEqual({ portalPort: 5184, appPort: 5183, app: { kind: 'dist', dir: 'dist' }, harness: true });
  });

  it('reads the flags of the Playwright command line', () => {
    expect(parseCliArgs(['--portal-port', '5184', '--app-port', '5183', '--app-dist', 'dist'])).toMatchObject({
      portalPort: 5184,
      appPort: 5183,
      app: { kind: 'dist', dir: 'dist' },
    });
  });

  it('accepts --flag=value, an app URL, users, seed and --no-harness', () => {
    expect(
      parseCliArgs(['--portal-port=6001', '--app-url=http://localhost:5173/', '--users', '40', '--seed=7', '--no-harness']),
    ).toEqual({
      portalPort: 6001,
      appPort: 5183,
      app: { kind: 'url', url: 'http://localhost:5173/' },
      users: 40,
      seed: 7,
      harness: false,
    });
  });

  it('falls back to EMULATOR_USERS and EMULATOR_SEED', () => {
    expect(parseCliArgs([], { EMULATOR_USERS: '12', EMULATOR_SEED: '3' })).toMatchObject({ users: 12, seed: 3 });
    expect(parseCliArgs(['--users', '5'], { EMULATOR_USERS: '12' })).toMatchObject({ users: 5 });
  });

  it('rejects bad input with a clear message', () => {
    expect(() => parseCliArgs(['--portal-port', 'x'])).toThrow(/port number/);
    expect(() => parseCliArgs(['--app-port'])).toThrow(/needs a value/);
    expect(() => parseCliArgs(['--bogus', '1'])).toThrow(/Unknown option --bogus/);
    expect(() => parseCliArgs(['--app-dist', 'dist', '--app-url', 'http://x/'])).toThrow(/either/);
    expect(() => parseCliArgs(['--app-url', 'ftp://x'])).toThrow(/http/);
    expect(() => parseCliArgs(['dist'])).toThrow(/Unexpected/);
    expect(() => parseCliArgs(['--users', '-1'])).toThrow(/whole number/);
  });
});
