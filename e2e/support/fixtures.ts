import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';
import type { PortalConfig, RestLogEntry } from '../../emulator/types';
import { createEmulatorClient, PORTAL_URL, type EmulatorClient } from './emulator';

export interface OpenAppOptions extends Partial<PortalConfig> {
  /** Open another page of the app origin instead of the app (e.g. '/__harness/sdk-harness.html'). */
  appPath?: string;
  /** Launch like a static local app: GET index.html / install.html instead of the form POST. */
  staticApp?: boolean;
  /** Wait until the app asked for its init data (default true). */
  waitForInit?: boolean;
}

export interface EmulatorFixtures {
  /** Control API client; the portal is reset (presence churn off) before each test. */
  emulator: EmulatorClient;
  /** Applies config, opens the portal page and returns the app iframe. */
  openApp(page: Page, options?: OpenAppOptions): Promise<FrameLocator>;
  /** REST requests logged after `since` (a REST log id; all when omitted). */
  restCalls(since?: number): Promise<RestLogEntry[]>;
}

/** The portal page URL that opens the app with these shell options. */
export function portalPagePath(options: Pick<OpenAppOptions, 'appPath' | 'staticApp'> = {}): string {
  const query = new URLSearchParams();
  if (options.appPath) query.set('appPath', options.appPath);
  if (options.staticApp) query.set('static', '1');
  const text = query.toString();
  return text ? `/?${text}` : '/';
}

export const APP_FRAME = '#app-frame';

export const test = base.extend<EmulatorFixtures>({
  emulator: async ({ baseURL }, use) => {
    const client = createEmulatorClient(baseURL ?? PORTAL_URL);
    await client.reset({ presenceChurn: false });
    await use(client);
  },

  openApp: async ({ emulator }, use) => {
    await use(async (page, options = {}) => {
      const { appPath, staticApp, waitForInit = true, ...config } = options;
      if (Object.keys(config).length > 0) await emulator.config(config);
      const before = await emulator.lastFrameLogId();
      await page.goto(portalPagePath({ appPath, staticApp }));
      if (waitForInit) await emulator.waitForFrameCommand('getInitData', before);
      return page.frameLocator(APP_FRAME);
    });
  },

  restCalls: async ({ emulator }, use) => {
    await use((since) => emulator.log(since));
  },
});

export { expect };
