import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser';

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 5183);
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 5184);
export const PORTAL_URL = `http://localhost:${PORTAL_PORT}`;
/** Each port pair builds into its own folder, so parallel runs on other ports never share a build. */
const BUILD_DIR = `.e2e-build/app-${APP_PORT}`;

/**
 * The browser tests drive the built app (dist/) with the real SDK inside the portal emulator.
 * Browser: PLAYWRIGHT_CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own download
 * (see e2e/browser.ts). One worker: every test resets the one emulator through its control API.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/e2e-${APP_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: PORTAL_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `vite build --outDir ${BUILD_DIR} --emptyOutDir && tsx emulator/cli.ts --portal-port ${PORTAL_PORT} --app-port ${APP_PORT} --app-dist ${BUILD_DIR}`,
    url: `${PORTAL_URL}/emulator-api/state`,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
