import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startEmulator } from '../emulator/start';

/**
 * `npm run dev`: the app's Vite dev server (the project's vite.config.ts) and the portal emulator in
 * one process. Open the portal URL, not the app URL: the app only works inside the portal's iframe.
 * Env: APP_PORT (5173), PORTAL_PORT (5174), EMULATOR_USERS, EMULATOR_SEED.
 */

const WATCH_IGNORED = ['**/.e2e-build/**', '**/dist/**', '**/dist-package/**', '**/test-results/**', '**/playwright-report/**', '**/coverage/**'];

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const appPort = envInt('APP_PORT') ?? 5173;
  const portalPort = envInt('PORTAL_PORT') ?? 5174;
  const users = envInt('EMULATOR_USERS');
  const seed = envInt('EMULATOR_SEED');

  const vite = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    server: {
      port: appPort,
      strictPort: true,
      // Builds and reports (e2e runs write .e2e-build/ while you develop) are not app sources.
      watch: { ignored: WATCH_IGNORED },
    },
  });
  await vite.listen();
  // HTTPS when the app's config asks for it (APP_HTTPS_CERT/KEY, scripts/dev-server-options.ts).
  const appUrl = `${vite.config.server.https ? 'https' : 'http'}://localhost:${appPort}/`;

  let emulator;
  try {
    emulator = await startEmulator({
      portalPort,
      appPort,
      app: { kind: 'url', url: appUrl },
      ...(users !== undefined ? { users } : {}),
      ...(seed !== undefined ? { seed } : {}),
    });
  } catch (error) {
    await vite.close();
    throw error;
  }

  console.log('');
  console.log(`  Portal: ${emulator.portalUrl}   <- open this one`);
  console.log(`  App:    ${appUrl} (Vite dev server; it only works inside the portal)`);
  console.log('  Ctrl-C stops both.');
  console.log('');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    Promise.allSettled([emulator.close(), vite.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('npm run dev could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
