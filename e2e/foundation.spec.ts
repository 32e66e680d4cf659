import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The app's foundation, end to end: the built app with the real SDK inside the portal emulator.
 * Boot (connect once, im.user.get), the token refresh through the frame, and the page a person
 * sees when opening the app's URL directly.
 */

const APP_ORIGIN = `http://localhost:${process.env.E2E_APP_PORT ?? 5183}`;

/** The app's document inside the portal page (the Frame, to navigate it). */
function appDocument(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(APP_ORIGIN));
  if (!frame) throw new Error(`No frame of ${APP_ORIGIN} on the portal page`);
  return frame;
}

test.describe('foundation', () => {
  test('boot shows my name from im.user.get', async ({ page, emulator, openApp, restCalls }) => {
    const state = await emulator.state();
    const truth = await emulator.user(state.currentUser.id);
    const myName = String(truth.imUser.name);

    const app = await openApp(page);

    await expect(app.getByText(myName).first()).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', state.config.lang);
    const calls = await restCalls();
    expect(calls.some((c) => (c.method === 'im.user.get' || c.commands?.includes('im.user.get')) && c.httpStatus === 200)).toBe(true);
  });

  test('shows names as plain text and follows the portal language', async ({ page, emulator, openApp }) => {
    const state = await emulator.state();
    // The seed puts edge cases at known ids (state.portal.edgeCases); 9 is the person with HTML in the name.
    const htmlNamed = (state.portal as { edgeCases?: { htmlName?: number } }).edgeCases?.htmlName ?? 9;
    const truth = await emulator.user(htmlNamed);
    const name = String(truth.imUser.name);
    expect(name).toContain('<'); // the seed's "HTML in the name" person

    const app = await openApp(page, { currentUserId: htmlNamed, lang: 'ru' });

    await expect(app.getByText(name).first()).toBeVisible();
    await expect(app.locator('img[src="x"]')).toHaveCount(0);
    await expect(app.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('an expired token is refreshed through the frame without the person noticing', async ({ page, emulator, openApp }) => {
    const state = await emulator.state();
    const myName = String((await emulator.user(state.currentUser.id)).imUser.name);
    const app = await openApp(page);
    await expect(app.getByText(myName).first()).toBeVisible();

    const restSince = await emulator.lastLogId();
    const frameSince = await emulator.lastFrameLogId();
    await emulator.faults({ expireTokensNow: true });

    // Load the app's data again: the app document reloads inside the same frame and gets the
    // portal's (now expired) token from getInitData, as it would in a real portal.
    const doc = appDocument(page);
    await doc.goto(doc.url());

    await expect(app.getByText(myName).first()).toBeVisible();
    await expect(app.getByRole('alert')).toHaveCount(0);

    const calls = await emulator.log(restSince);
    const expired = calls.findIndex((c) => c.httpStatus === 401 && c.error === 'expired_token');
    expect(expired, `REST log: ${JSON.stringify(calls.map((c) => [c.method, c.httpStatus, c.error]))}`).toBeGreaterThanOrEqual(0);
    const retried = calls.slice(expired + 1).find((c) => c.method === calls[expired]?.method && c.httpStatus === 200);
    expect(retried).toBeDefined();

    const frameLog = await emulator.frameLog();
    const refresh = frameLog.find((e) => e.id > frameSince && e.command === 'refreshAuth');
    expect(refresh?.answered).toBe(true);
  });

  test('opening the app URL directly explains what it is, without starting the SDK', async ({ page, emulator }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const before = await emulator.lastLogId();

    await page.goto(`${APP_ORIGIN}/`);

    await expect(page.getByRole('heading', { level: 1, name: 'This is a Bitrix24 app' })).toBeVisible();
    await expect(page.getByText('npm run dev')).toBeVisible();
    await expect(page.getByRole('link', { name: 'http://localhost:5174/' })).toBeVisible();
    expect(requested.filter((url) => /sdkPortal/.test(url))).toEqual([]);
    expect(await emulator.log(before)).toEqual([]);
  });

  test('the explanation page speaks Russian to a Russian browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${APP_ORIGIN}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Это приложение для Битрикс24' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.close();
  });
});
