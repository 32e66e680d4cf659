import type { FrameLocator, Page } from '@playwright/test';
import type { EmulatorClient } from './support/emulator';
import { expect, test } from './support/fixtures';

/**
 * The portal page's side of the frame protocol, driven by the REAL, unmodified SDK in the e2e
 * harness page (emulator/fixtures/sdk-harness.html, served on the app origin under /__harness/).
 */

const HARNESS = '/__harness/sdk-harness.html';

function harness(frame: FrameLocator) {
  return {
    status: frame.getByRole('status', { name: 'SDK status' }),
    sdkView: frame.getByRole('status', { name: 'SDK view' }),
    result: frame.getByRole('status', { name: 'Last result' }),
    inbox: frame.getByRole('list', { name: 'Messages from the portal' }).getByRole('listitem'),
    target: frame.getByLabel('Target user id'),
    run: (action: string) => frame.getByRole('button', { name: action, exact: true }).click(),
  };
}

type Harness = ReturnType<typeof harness>;

async function sdkView(h: Harness): Promise<Record<string, unknown>> {
  await expect(h.status).toHaveText('ready');
  return JSON.parse(await h.sdkView.textContent() ?? '{}') as Record<string, unknown>;
}

/** The settled outcome of the last harness action: { action, ok, value }. */
async function lastResult(h: Harness, action: string): Promise<{ ok: boolean; value: unknown }> {
  await expect(h.result).toContainText(`"action":"${action}"`);
  return JSON.parse(await h.result.textContent() ?? '{}') as { ok: boolean; value: unknown };
}

/** The raw reply strings `cb:JSON` the portal page posted to the app. */
async function replies(h: Harness): Promise<string[]> {
  return h.inbox.allTextContents();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An active employee (the user picker lists only those), searching upwards from `from`. */
async function activeEmployee(emulator: EmulatorClient, from: number): Promise<{ id: number; name: string }> {
  for (let id = from; id < from + 50; id++) {
    const user = await emulator.user(id);
    if (user.userType === 'employee' && !user.fired) return { id, name: String(user.imUser.name) };
  }
  throw new Error(`no active employee between ${from} and ${from + 49}`);
}

function appFrameBox(page: Page) {
  return page.locator('#app-frame').boundingBox();
}

test.describe('portal page ↔ SDK frame protocol', () => {
  test('opens the app in a named iframe and answers getInitData with every field', async ({ page, emulator, openApp }) => {
    const frame = await openApp(page, { appPath: HARNESS, lang: 'de', isAdmin: false });
    const h = harness(frame);
    const state = await emulator.state();
    const portalHost = new URL(page.url()).host;

    await expect(page.locator('#app-frame')).toHaveAttribute('name', new RegExp(`^${portalHost}\\|0\\|[0-9a-f]{32}$`));
    const view = await sdkView(h);
    expect(view).toMatchObject({ lang: 'de', isAdmin: false, placement: 'DEFAULT', targetOrigin: `http://${portalHost}` });

    const [first] = await replies(h);
    const init = JSON.parse(first!.slice(first!.indexOf(':') + 1)) as Record<string, unknown>;
    expect(Object.keys(init).sort()).toEqual(
      ['APP_OPTIONS', 'AUTH_EXPIRES', 'AUTH_ID', 'DOMAIN', 'FIRST_RUN', 'INSTALL', 'IS_ADMIN', 'LANG', 'MEMBER_ID',
        'PATH', 'PLACEMENT', 'PLACEMENT_OPTIONS', 'PROTOCOL', 'REFRESH_ID', 'USER_OPTIONS'].sort(),
    );
    expect(init).toMatchObject({
      DOMAIN: portalHost,
      PROTOCOL: 0,
      LANG: 'de',
      PATH: '/rest',
      MEMBER_ID: state.portal.memberId,
      FIRST_RUN: false,
      IS_ADMIN: false,
      INSTALL: false,
      // empty maps print as PHP's [] (reference §2.6)
      USER_OPTIONS: [],
      APP_OPTIONS: [],
      PLACEMENT: 'DEFAULT',
      PLACEMENT_OPTIONS: [],
    });
    expect(init.AUTH_ID).toEqual(expect.any(String));
    expect(Number(init.AUTH_EXPIRES)).toBe(state.config.authExpiresSec);
    expect((view.auth as { access_token: string }).access_token).toBe(init.AUTH_ID);
  });

  test('install mode sends FIRST_RUN and INSTALL and answers setInstall', async ({ page, emulator, openApp }) => {
    const frame = await openApp(page, { appPath: HARNESS, install: true });
    const view = await sdkView(harness(frame));
    expect(view).toMatchObject({ isFirstRun: true, isInstallMode: true });
    const setInstall = await emulator.waitForFrameCommand('setInstall');
    expect(setInstall).toMatchObject({ params: { install: true }, answered: true });
  });

  test('IM_SIDEBAR puts the app in a narrow sidebar next to the chat', async ({ page, emulator, openApp }) => {
    const chat = (await emulator.chats()).find((c) => c.dialogId.startsWith('chat'));
    expect(chat, 'the seeded portal has a group chat').toBeDefined();
    const frame = await openApp(page, { appPath: HARNESS, placement: 'IM_SIDEBAR', placementOptions: { dialogId: chat!.dialogId } });
    const h = harness(frame);
    expect(await sdkView(h)).toMatchObject({ placement: 'IM_SIDEBAR', placementOptions: { dialogId: chat!.dialogId } });
    await expect(page.getByRole('region', { name: `Chat ${chat!.title}` })).toBeVisible();
    const box = await appFrameBox(page);
    expect(box!.width).toBeGreaterThan(360);
    expect(box!.width).toBeLessThanOrEqual(380);

    // setTitle is DEFAULT-only: the portal stays silent, the SDK falls back to {isSafely: true}.
    await h.run('Set title');
    expect(await lastResult(h, 'Set title')).toEqual({ action: 'Set title', ok: true, value: { isSafely: true } });
    await expect(page.locator('#pagetitle')).not.toHaveText('Harness title: ok');
  });

  test('refreshAuth gives a token that REST accepts, also after the old one expired', async ({ page, emulator, openApp, restCalls }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    const before = (await sdkView(h)).auth as { access_token: string };

    await h.run('Refresh auth');
    const refreshed = (await lastResult(h, 'Refresh auth')).value as { access_token: string };
    expect(refreshed.access_token).toEqual(expect.any(String));
    expect(refreshed.access_token).not.toBe(before.access_token);

    await emulator.faults({ expireTokensNow: true });
    const since = await emulator.lastLogId();
    await h.run('Call user.current');
    expect(await lastResult(h, 'Call user.current')).toMatchObject({ ok: true, value: { isSuccess: true } });
    const calls = (await restCalls(since)).filter((e) => e.method === 'user.current');
    expect(calls.map((e) => e.httpStatus)).toEqual([401, 200]);
    const refreshes = (await emulator.frameLog()).filter((e) => e.command === 'refreshAuth');
    expect(refreshes).toHaveLength(2);
    expect(refreshes.every((e) => e.answered)).toBe(true);
  });

  test('resizeWindow resizes the iframe and answers with its size', async ({ page, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    await h.run('Resize 640×480');
    expect((await lastResult(h, 'Resize 640×480')).value).toEqual({ width: 640, height: 480 });
    const box = await appFrameBox(page);
    expect(Math.round(box!.width)).toBe(640);
    expect(Math.round(box!.height)).toBe(480);
  });

  test('setTitle shows the title as the page title', async ({ page, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    await h.run('Set title');
    expect((await lastResult(h, 'Set title')).value).toEqual({ title: 'Harness title: ok' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harness title: ok');
  });

  test('setUserOption is stored by the portal and comes back after a reload', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    expect(await sdkView(h)).toMatchObject({ userOptionTheme: '(user.option.theme not set)' });
    await h.run('Set user option');
    await expect(h.result).toContainText('"action":"Set user option","ok":true');
    expect((await emulator.state()).userOptions).toEqual({ theme: 'dark' });

    await page.reload();
    expect(await sdkView(harness(page.frameLocator('#app-frame')))).toMatchObject({ userOptionTheme: 'dark' });
  });

  test('imOpenMessenger is not answered but shows what the portal would do', async ({ page, emulator, openApp }) => {
    const peer = await emulator.user(2);
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    await h.target.fill('2');
    await h.run('Open messenger');
    await expect(page.getByRole('status', { name: 'Portal notices' })).toContainText(`Would open a chat with ${String(peer.imUser.name)}`);
    // No reply: the SDK resolves on its own 900 ms timer.
    expect((await lastResult(h, 'Open messenger')).value).toEqual({ isSafely: true });
    expect(await emulator.waitForFrameCommand('imOpenMessenger')).toMatchObject({ params: { dialogId: 2 }, answered: false });
  });

  test('openPath shows a slider and is answered when it is closed', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    await h.target.fill('3');
    await h.run('Open profile');
    const slider = page.getByRole('dialog', { name: 'Portal page' });
    await expect(slider).toContainText('/company/personal/user/3/');
    await expect(slider.getByRole('region', { name: 'Profile' })).toContainText(String((await emulator.user(3)).imUser.name));
    await expect(h.result).toHaveText('Open profile: pending');

    await slider.getByRole('button', { name: 'Close' }).click();
    await expect(slider).toBeHidden();
    expect((await lastResult(h, 'Open profile')).value).toEqual({ isOpenAtNewWindow: false, isClose: true });
    expect((await replies(h)).some((r) => r.endsWith(':{"result":"close"}'))).toBe(true);
  });

  test('selectUser returns the picked user and nothing when cancelled', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    const picked = await activeEmployee(emulator, 4);

    await h.run('Select a user');
    const picker = page.getByRole('dialog', { name: 'Select a user' });
    await picker.getByLabel('Search people').fill(String(picked.id));
    await picker.getByRole('button', { name: new RegExp(`^${escapeRegExp(picked.name)}`) }).first().click();
    await expect(picker).toBeHidden();
    expect((await lastResult(h, 'Select a user')).value).toMatchObject({
      id: String(picked.id),
      name: picked.name,
      url: `/company/personal/user/${picked.id}/`,
    });

    await h.run('Select a user');
    await page.getByRole('dialog', { name: 'Select a user' }).getByRole('button', { name: 'Cancel' }).click();
    await page.waitForTimeout(1200);
    await expect(h.result).toHaveText('Select a user: pending');
    expect((await emulator.frameLog()).filter((e) => e.command === 'selectUser').map((e) => e.answered)).toEqual([true, false]);
  });

  test('openApplication is answered with no data when its slider closes', async ({ page, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    await h.run('Open app slider');
    const slider = page.getByRole('dialog', { name: 'Harness slider' });
    await expect(slider).toContainText('"view": "card"');
    await page.keyboard.press('Escape');
    await expect(slider).toBeHidden();
    expect((await lastResult(h, 'Open app slider')).value).toBe('');
  });

  test('ignores messages with a wrong APP_SID or from another origin', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    const logged = (await emulator.frameLog()).length;

    await h.run('Send with wrong SID');
    // The portal page itself (wrong origin) sends a well-formed command with the right SID.
    await page.evaluate(() => {
      const sid = document.querySelector('#app-frame')?.getAttribute('name')?.split('|')[2] ?? '';
      window.postMessage(`getInitData:from-portal-origin:${sid}`, '*');
    });
    await page.waitForTimeout(1000);

    const answers = await replies(h);
    expect(answers.some((r) => r.startsWith('harness-wrong-sid:'))).toBe(false);
    expect(answers.some((r) => r.startsWith('from-portal-origin:'))).toBe(false);
    expect(await emulator.frameLog()).toHaveLength(logged);
  });

  test('setInstallFinish marks the app installed and reloads the portal page', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS, install: true }));
    expect(await sdkView(h)).toMatchObject({ isInstallMode: true });
    const since = await emulator.lastFrameLogId();
    await h.run('Finish install');
    await emulator.waitForFrameCommand('getInitData', since); // the reloaded page opened the app again
    expect((await emulator.state()).portal.installed).toBe(true);
    expect(await sdkView(harness(page.frameLocator('#app-frame')))).toMatchObject({ isInstallMode: false, isFirstRun: false });
    expect((await emulator.frameLog()).find((e) => e.command === 'setInstallFinish')).toMatchObject({ answered: false });
  });

  test('the inspector switches the language and reopens the app', async ({ page, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    expect(await sdkView(h)).toMatchObject({ lang: 'en' });
    await page.getByRole('button', { name: 'Inspector' }).click();
    const inspector = page.getByRole('complementary', { name: 'Emulator inspector' });
    await inspector.getByLabel('Language').selectOption('ru');
    await expect(h.status).toHaveText('ready');
    await expect(h.sdkView).toContainText('"lang":"ru"');
    await expect(inspector.getByRole('table', { name: /Frame messages/ })).toContainText('getInitData');
  });
});

test.describe('the inspector', () => {
  test('acts as another user found by name, with one list request per search', async ({ page, emulator, openApp }) => {
    const perUser: string[] = [];
    page.on('request', (r) => {
      if (/\/emulator-api\/users\/\d+/.test(r.url())) perUser.push(r.url());
    });
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    const target = await activeEmployee(emulator, 12);
    // both names, in other case and order: the list matches words anywhere in the name
    const query = target.name.split(' ').reverse().join(' ').toLowerCase();

    await page.getByRole('button', { name: 'Inspector' }).click();
    const inspector = page.getByRole('complementary', { name: 'Emulator inspector' });
    await inspector.getByText('Act as another user').click();
    await inspector.getByLabel('Find a user').fill(query);
    const before = await emulator.lastFrameLogId();
    await inspector.getByRole('button', { name: `Act as ${target.name}` }).click();
    await emulator.waitForFrameCommand('getInitData', before);

    const reopened = harness(page.frameLocator('#app-frame'));
    await reopened.run('Call user.current');
    expect((await lastResult(reopened, 'Call user.current')).value).toMatchObject({ isSuccess: true, result: { ID: String(target.id) } });
    await expect(page.getByRole('banner')).toContainText(target.name);
    expect(perUser).toEqual([]);
  });

  test('opens from the keyboard and its switches reach the portal; bucket and churn do not reopen the app', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    const toggle = page.getByRole('button', { name: 'Inspector' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('complementary', { name: 'Emulator inspector' });
    await expect(inspector.getByRole('heading', { name: 'Emulator inspector' })).toBeFocused();

    await inspector.getByLabel('Added latency').fill('250');
    await inspector.getByRole('button', { name: 'Apply', exact: true }).click();
    await inspector.getByLabel('Fail the next').fill('2');
    await inspector.getByLabel('calls with').selectOption('500');
    await inspector.getByRole('button', { name: 'Fail next calls' }).click();
    await inspector.getByLabel('im.user.status.set fails (500)').check();
    await expect(inspector.getByText('Active: +250 ms per call · next 2 calls fail with 500 · im.user.status.set fails')).toBeVisible();
    await expect.poll(async () => (await emulator.state()).faults).toEqual({ latencyMs: 250, failNext: { count: 2, status: 500 }, statusSetFails: true });

    const launches = (await emulator.frameLog()).filter((e) => e.command === 'getInitData').length;
    await inspector.getByLabel(/Limit requests/).uncheck();
    await inspector.getByLabel(/Presence churn/).check();
    await expect.poll(async () => (await emulator.state()).config).toMatchObject({ bucketEnabled: false, presenceChurn: true });
    await inspector.getByRole('button', { name: 'Clear faults' }).click();
    await expect(inspector.getByText('Active: none')).toBeVisible();
    expect((await emulator.frameLog()).filter((e) => e.command === 'getInitData')).toHaveLength(launches);

    const summary = inspector.locator('summary', { hasText: 'Faults' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(inspector.getByLabel('Added latency')).toBeHidden();
    await inspector.getByRole('button', { name: 'Close' }).click();
    await expect(inspector).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('IM_SIDEBAR for a 1:1 dialog: PLACEMENT_OPTIONS carry dialogId and URI, the chat is named after the partner', async ({ page, emulator, openApp }) => {
    const h = harness(await openApp(page, { appPath: HARNESS }));
    await sdkView(h);
    await page.getByRole('button', { name: 'Inspector' }).click();
    const inspector = page.getByRole('complementary', { name: 'Emulator inspector' });
    const before = await emulator.lastFrameLogId();
    await inspector.getByLabel('Placement').selectOption('IM_SIDEBAR_DIALOG');
    await emulator.waitForFrameCommand('getInitData', before);
    const { placementOptions } = (await emulator.state()).config;
    expect(placementOptions).toEqual({ dialogId: expect.stringMatching(/^\d+$/), URI: '/online/' });
    const partner = await emulator.user(Number(placementOptions.dialogId));
    await expect(page.getByRole('region', { name: `Chat ${String(partner.imUser.name)}` })).toBeVisible();
    expect(await sdkView(harness(page.frameLocator('#app-frame')))).toMatchObject({ placement: 'IM_SIDEBAR', placementOptions });
  });
});

test.describe('portal page accessibility', () => {
  test('the portal page with the inspector open has no axe violations', async ({ page, openApp }) => {
    await openApp(page, { appPath: HARNESS });
    await page.getByRole('button', { name: 'Inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Emulator inspector' })).toBeVisible();
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const results = await new AxeBuilder({ page }).exclude('#app-frame').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
