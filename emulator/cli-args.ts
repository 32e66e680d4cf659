import type { StartOptions } from './start';

/** What the command line sets: the start options (the harness switch always decided). */
export type CliOptions = Omit<StartOptions, 'harness' | 'host'> & { harness: boolean };

export const CLI_USAGE =
  'Usage: tsx emulator/cli.ts [--portal-port 5184] [--app-port 5183] [--app-dist dist | --app-url URL] ' +
  '[--users N] [--seed S] [--no-harness]';

function port(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${flag} needs a port number, got "${value}"`);
  return n;
}

function whole(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${value}"`);
  return n;
}

/**
 * Parses the emulator's command line (`--flag value` or `--flag=value`). Defaults: portal 5184,
 * app 5183, app from ./dist; EMULATOR_USERS / EMULATOR_SEED apply when --users / --seed are absent.
 */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === '--no-harness' || name === '--help') {
      flags.add(name);
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new Error(`${name} needs a value`);
    values.set(name, value);
  }
  const known = new Set(['--portal-port', '--app-port', '--app-dist', '--app-url', '--users', '--seed']);
  for (const name of values.keys()) if (!known.has(name)) throw new Error(`Unknown option ${name}`);
  if (flags.has('--help')) throw new Error(CLI_USAGE);
  if (values.has('--app-dist') && values.has('--app-url')) throw new Error('Use either --app-dist or --app-url, not both');

  const appUrl = values.get('--app-url');
  if (appUrl !== undefined && !/^https?:\/\//.test(appUrl)) throw new Error(`--app-url must be an http(s) URL, got "${appUrl}"`);
  const usersText = values.get('--users') ?? env.EMULATOR_USERS;
  const seedText = values.get('--seed') ?? env.EMULATOR_SEED;
  return {
    portalPort: port(values.get('--portal-port') ?? '5184', '--portal-port'),
    appPort: port(values.get('--app-port') ?? '5183', '--app-port'),
    app: appUrl !== undefined ? { kind: 'url', url: appUrl } : { kind: 'dist', dir: values.get('--app-dist') ?? 'dist' },
    ...(usersText ? { users: whole(usersText, '--users') } : {}),
    ...(seedText ? { seed: whole(seedText, '--seed') } : {}),
    harness: !flags.has('--no-harness'),
  };
}
