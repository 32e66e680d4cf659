import { expect, test } from './support/fixtures';
import { directory, fullLoadBudget, methodsOf, personRows, waitFullyLoaded } from './directory-support';

/**
 * The directory on big portals: 5 000 people load fully within 2 + ceil(N / 2 500) requests;
 * 10 000 people are never all loaded — the list pages on the server, the document keeps a
 * bounded number of rows, and search runs on the server.
 */

/** Rows the document may hold, whatever the portal size (a screenful plus overscan and the focused row). */
const MAX_ROWS_IN_DOCUMENT = 60;

test.describe('people directory at scale', () => {
  test('5 000 people: fully loaded within the request budget', async ({ page, emulator, openApp, restCalls }) => {
    test.setTimeout(120_000);
    await emulator.reset({ users: 5000, presenceChurn: false });
    const app = await openApp(page);
    const total = await waitFullyLoaded(app, 60_000);
    expect(total).toBeGreaterThan(4900);
    await page.waitForTimeout(1500);
    const calls = await restCalls();
    const lastPeoplePage = calls.findLastIndex((c) => methodsOf(c).includes('user.get'));
    test.info().annotations.push(
      { type: `requests to full load (N=${total})`, description: String(lastPeoplePage + 1) },
      { type: `requests at boot (N=${total})`, description: calls.map((c) => methodsOf(c).length).join(' + ') + ' commands' },
    );
    expect(lastPeoplePage + 1).toBeLessThanOrEqual(fullLoadBudget(total));
    expect(calls.length).toBeLessThanOrEqual(fullLoadBudget(total));
    expect(calls.every((c) => methodsOf(c).length <= 50)).toBe(true);
    await expect(personRows(app).first()).toHaveAttribute('data-presence-source', 'im');
    expect(await personRows(app).count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOCUMENT);

    // A presence filter first checks everyone whose presence is not known yet (2 500 per request).
    await expect(directory(app).locator('[data-presence="partial"]')).toHaveCount(1);
    const before = await emulator.lastLogId();
    await app.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Do not disturb' });
    await expect(directory(app).locator('[data-presence="complete"]')).toHaveCount(1);
    await expect(app.getByTestId('directory-count')).toHaveText(new RegExp(`^[\\d,]+ of ${total.toLocaleString('en-US')}$`));
    const check = await emulator.log(before);
    expect(check.map((c) => methodsOf(c).every((m) => m === 'im.user.list.get'))).toEqual(check.map(() => true));
    expect(check.length).toBe(Math.ceil((total - 2500) / 2500));
    const states = await personRows(app).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-presence')));
    expect(new Set(states)).toEqual(new Set(['dnd']));
  });

  test('10 000 people: server paging, a bounded document, server search', async ({ page, emulator, openApp, restCalls }) => {
    test.setTimeout(120_000);
    await emulator.reset({ users: 10_000, presenceChurn: false });
    const app = await openApp(page);
    const root = app.locator('[data-directory-mode="paged"]');
    await expect(root).toBeVisible({ timeout: 30_000 });
    await expect(personRows(app).first()).toHaveAttribute('data-presence-source', 'im');
    await page.waitForTimeout(1000);
    const boot = await restCalls();
    expect(boot.length, JSON.stringify(boot.map(methodsOf))).toBeLessThanOrEqual(2);
    expect(boot.flatMap(methodsOf).filter((m) => m === 'user.get')).toHaveLength(2); // pages 0 and 1 only
    const rowsAtBoot = await personRows(app).count();
    test.info().annotations.push({ type: 'rows in the document at 10 000 (boot)', description: String(rowsAtBoot) });
    expect(rowsAtBoot).toBeLessThanOrEqual(MAX_ROWS_IN_DOCUMENT);

    // Jump to the middle: the pages there are fetched, the document stays small.
    const since = await emulator.lastLogId();
    const scroller = app.getByTestId('people-scroll');
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await expect(personRows(app).first()).toBeVisible();
    await expect.poll(async () => (await emulator.log(since)).some((c) => JSON.stringify(c.params).includes('start=49'))).toBe(true);
    await expect(app.locator('[role="option"][aria-disabled="true"]')).toHaveCount(0, { timeout: 15_000 });
    const rowsInMiddle = await app.locator('[role="option"]').count();
    test.info().annotations.push({ type: 'rows in the document at 10 000 (middle)', description: String(rowsInMiddle) });
    expect(rowsInMiddle).toBeLessThanOrEqual(MAX_ROWS_IN_DOCUMENT);
    const positions = await personRows(app).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-posinset'))));
    expect(positions.filter((p) => p > 4000).length).toBeGreaterThan(5);

    // Filters run on the server: IS_ONLINE for "online (any status)".
    const beforeFilter = await emulator.lastLogId();
    await app.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Online (any status)' });
    await expect(app.getByTestId('directory-count')).toHaveText(/^[\d,]+ of 9,9\d\d$/);
    const filtered = await emulator.log(beforeFilter);
    expect(filtered.some((c) => /"IS_ONLINE":"Y"|IS_ONLINE%5D=Y/.test(JSON.stringify(c.params)))).toBe(true);
    await app.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Everyone' });

    // Server search finds one specific person.
    const target = await emulator.user(7777);
    const name = String(target.imUser.name);
    const before = await emulator.lastLogId();
    await app.getByRole('searchbox', { name: 'Search people' }).fill(name);
    await expect(app.locator('[data-person-id="7777"]')).toBeVisible({ timeout: 15_000 });
    await expect(app.getByTestId('directory-count')).toHaveText(/^\d+ found$/);
    const searches = (await emulator.log(before)).filter((c) => methodsOf(c).includes('user.search'));
    expect(searches.length).toBeGreaterThanOrEqual(1);
    expect(searches.length).toBeLessThanOrEqual(2); // debounced: not one request per keystroke
  });
});
