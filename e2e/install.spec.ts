import type { Page } from '@playwright/test';
import { seriousA11yProblems } from './support/axe';
import type { EmulatorClient, RestLogEntry } from './support/emulator';
import { expect, test } from './support/fixtures';

/**
 * The install wizard end to end: the portal opens the app in install mode (the handler URL by a
 * form POST, or install.html of a static app by GET); an administrator's install binds the chat
 * sidebar and the left menu and then sends setInstallFinish; anyone else, or a failing bind,
 * never finishes the install.
 */

const APP_ORIGIN = `http://localhost:${process.env.E2E_APP_PORT ?? 5183}`;

const placementCalls = (log: RestLogEntry[]) =>
  log.filter((e) => e.method.startsWith('placement.')).map((e) => `${e.method} ${String((e.params as Record<string, unknown>).PLACEMENT)}`);

/**
 * Waits for setInstallFinish (after frame-log id `since`) and then for the installed app to open:
 * the portal reloads its page after finishing, and a test must not end (or navigate) mid-reload.
 */
async function waitForInstallFinished(emulator: EmulatorClient, since: number): Promise<void> {
  const finished = await emulator.waitForFrameCommand('setInstallFinish', since);
  await emulator.waitForFrameCommand('getInitData', finished.id);
}

/** No setInstallFinish after `since`, after giving the app time to (wrongly) send one. */
async function expectNoInstallFinish(page: Page, emulator: EmulatorClient, since: number): Promise<void> {
  await page.waitForTimeout(1500);
  const frameLog = await emulator.frameLog();
  expect(frameLog.filter((e) => e.id > since && e.command === 'setInstallFinish')).toEqual([]);
}

test.describe('install wizard', () => {
  test('an administrator’s install binds the places, then finishes', async ({ page, emulator, openApp }) => {
    await emulator.faults({ latencyMs: 1500 }); // slow enough to watch the steps go by (each step stays ≥3 s)
    const frameSince = await emulator.lastFrameLogId();
    const app = await openApp(page, { install: true, isAdmin: true });

    const steps = app.getByRole('list', { name: 'Installation steps' });
    await expect(steps.getByRole('listitem')).toHaveCount(3);
    await expect(app.locator('[data-step="IM_SIDEBAR"]')).toHaveAttribute('data-status', 'done');
    await expect(app.locator('[data-step="IM_SIDEBAR"]')).toContainText('Done');
    await waitForInstallFinished(emulator, frameSince);
    // From then on the portal opens the installed app, not the install page.
    await expect(app.getByRole('tab', { name: 'Chats' })).toBeVisible();
    const log = await emulator.log();
    expect(placementCalls(log)).toEqual([
      'placement.unbind IM_SIDEBAR',
      'placement.bind IM_SIDEBAR',
      'placement.unbind LEFT_MENU',
      'placement.bind LEFT_MENU',
    ]);
    expect(log.filter((e) => e.method.startsWith('placement.')).every((e) => e.httpStatus === 200)).toBe(true);

    const state = await emulator.state();
    expect(state.portal.installed).toBe(true);
    const sidebar = state.placements.filter((p) => p.placement === 'IM_SIDEBAR');
    expect(sidebar).toHaveLength(1);
    expect(sidebar[0]).toMatchObject({ handler: `${APP_ORIGIN}/index.html`, options: { iconName: 'fa-users' } });
    expect(sidebar[0]?.langAll).toMatchObject({ en: { TITLE: 'Members' }, ru: { TITLE: 'Участники' } });
    expect(state.placements.filter((p) => p.placement === 'LEFT_MENU')).toHaveLength(1);
  });

  test('reinstalling replaces the bindings instead of adding more', async ({ page, emulator, openApp }) => {
    let frameSince = await emulator.lastFrameLogId();
    await openApp(page, { install: true, isAdmin: true });
    await waitForInstallFinished(emulator, frameSince);

    frameSince = await emulator.lastFrameLogId();
    await openApp(page, { install: true, isAdmin: true });
    await waitForInstallFinished(emulator, frameSince);

    const state = await emulator.state();
    expect(state.placements.map((p) => p.placement).sort()).toEqual(['IM_SIDEBAR', 'LEFT_MENU']);
    const unbinds = (await emulator.log()).filter((e) => e.method === 'placement.unbind');
    expect(unbinds.map((e) => e.httpStatus)).toEqual([200, 200, 200, 200]);
  });

  test('a static app installs from install.html with index.html beside it as the handler', async ({ page, emulator, openApp }) => {
    const pages: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.url().startsWith(APP_ORIGIN)) pages.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    const frameSince = await emulator.lastFrameLogId();
    await openApp(page, { install: true, isAdmin: true, staticApp: true });

    await waitForInstallFinished(emulator, frameSince);
    expect(pages[0]).toBe('GET /install.html');
    const state = await emulator.state();
    expect(state.portal.installed).toBe(true);
    expect(state.placements.find((p) => p.placement === 'IM_SIDEBAR')?.handler).toBe(`${APP_ORIGIN}/index.html`);
    // The portal then shows the installed app: index.html, no longer the install page.
    await expect.poll(() => pages.at(-1)).toBe('GET /index.html');
  });

  test('a non-administrator learns why they cannot finish, and nothing is bound', async ({ page, emulator, openApp }) => {
    const frameSince = await emulator.lastFrameLogId();
    const app = await openApp(page, { install: true, isAdmin: false });

    await expect(app.getByRole('heading', { name: 'Only an administrator can install this app' })).toBeVisible();
    await expect(app.getByText('Ask an administrator of your Bitrix24')).toBeVisible();
    await expect(app.getByRole('list', { name: 'Installation steps' })).toHaveCount(0);
    await expectNoInstallFinish(page, emulator, frameSince);
    expect(placementCalls(await emulator.log())).toEqual([]);
    expect((await emulator.state()).portal.installed).toBe(false);
  });

  test('without the placement scope the error is shown in words and the install is not finished', async ({ page, emulator, openApp }) => {
    const scopes = (await emulator.state()).config.scopes.filter((s) => s !== 'placement');
    const frameSince = await emulator.lastFrameLogId();
    const app = await openApp(page, { install: true, isAdmin: true, scopes });

    const alert = app.getByRole('alert');
    await expect(alert).toContainText('The installation stopped');
    await expect(alert).toContainText('“placement”');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(app.locator('[data-step="IM_SIDEBAR"]')).toHaveAttribute('data-status', 'failed');
    await expect(app.locator('[data-step="finish"]')).toHaveAttribute('data-status', 'pending');
    // The permission list marks the one to grant.
    await expect(app.locator('[data-missing]')).toHaveCount(1);
    await expect(app.locator('[data-scope="placement"]')).toContainText('not granted');
    await expectNoInstallFinish(page, emulator, frameSince);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const serious = await seriousA11yProblems(page, 'main');
      expect(serious, `${colorScheme}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
    }

    const log = await emulator.log();
    expect(log.filter((e) => e.method.startsWith('placement.')).every((e) => e.httpStatus === 403 && e.error === 'insufficient_scope')).toBe(true);
    const state = await emulator.state();
    expect(state.placements).toEqual([]);
    expect(state.portal.installed).toBe(false);

    // Granting the scope and retrying completes the install.
    await emulator.config({ scopes: [...scopes, 'placement'] });
    await emulator.faults({ latencyMs: 1000 }); // the page stays long enough to see where the focus went
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(app.getByRole('list', { name: 'Installation steps' })).toBeFocused();
    await waitForInstallFinished(emulator, frameSince);
    expect((await emulator.state()).placements.map((p) => p.placement).sort()).toEqual(['IM_SIDEBAR', 'LEFT_MENU']);
  });
});
