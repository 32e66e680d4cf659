import { existsSync } from 'node:fs';
import path from 'node:path';
import { CLI_USAGE, parseCliArgs } from './cli-args';
import { startEmulator } from './start';

/** `tsx emulator/cli.ts [--portal-port 5184] [--app-port 5183] [--app-dist dist | --app-url URL] [--users N] [--seed S]` */
async function main(): Promise<void> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (!(error instanceof Error && error.message === CLI_USAGE)) console.error(CLI_USAGE);
    process.exit(2);
  }
  if (options.app.kind === 'dist' && !existsSync(path.resolve(options.app.dir, 'index.html'))) {
    console.warn(`Warning: ${path.resolve(options.app.dir)}/index.html does not exist yet (run \`npm run build\`).`);
  }
  const emulator = await startEmulator(options);
  console.log(`Portal: ${emulator.portalUrl}`);
  console.log(`App:    ${emulator.appUrl}${options.app.kind === 'dist' ? ` (static host of ${options.app.dir})` : ''}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    emulator
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('The emulator could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
