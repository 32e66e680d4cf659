import { APP_FRAME, expect, test } from './support/fixtures';
import {
  directory,
  expectAccessibleDirectoryAndCard,
  fullLoadBudget,
  methodsOf,
  personRows,
  presenceIdsOf,
  rowIds,
  waitFullyLoaded,
} from './directory-support';

/**
 * The people directory (issue 3) on the default 250-user portal: boot, request budget, search,
 * filters, the person card and its portal actions, keyboard, language and accessibility.
 */

test.describe('people directory', () => {
  test('boot shows people with presence, within the request budget', async ({ page, emulator, openApp, restCalls }) => {
    const started = Date.now();
    const app = await openApp(page);
    const firstRow = personRows(app).first();
    await expect(firstRow).toHaveAttribute('data-presence-source', 'im');
    const firstScreenMs = Date.now() - started;
    test.info().annotations.push({ type: 'time to first screen (ms, page.goto → first row with im presence)', description: String(firstScreenMs) });

    // The badge is shaped by state and named in words.
    const badge = firstRow.locator('[role="img"][data-shape]');
    await expect(badge).toHaveAttribute('aria-label', /\S/);

    const total = await waitFullyLoaded(app);
    await expect(app.getByTestId('directory-count')).toHaveText(`${total} people`);
    // The page fills the frame and the list scrolls inside; the frame is fitted once to ≥ 800 px.
    await emulator.waitForFrameCommand('resizeWindow');
    await expect.poll(async () => (await page.locator(APP_FRAME).boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(799);
    const calls = await restCalls();
    expect(calls.every((c) => c.httpStatus === 200)).toBe(true);

    // Request 1: me, my status, departments and the first people page, in one batch.
    expect(calls[0]?.method).toBe('batch');
    expect(methodsOf(calls[0]!)).toEqual(expect.arrayContaining(['im.user.get', 'im.user.status.get', 'user.get', 'department.get']));
    // Request 2 carries the presence of every person on the first screen.
    const shown = await rowIds(app);
    const state = await emulator.state();
    const askedBy2 = new Set([...presenceIdsOf(calls[1]!), state.currentUser.id]);
    expect(shown.filter((id) => !askedBy2.has(id))).toEqual([]);

    // Everyone listed within 2 + ceil(N / 2 500) requests, and nothing more at boot.
    await page.waitForTimeout(1000);
    const all = await restCalls();
    test.info().annotations.push({ type: `requests at boot (N=${total})`, description: all.map((c) => methodsOf(c).length).join(' + ') + ' commands' });
    expect(all.length).toBeLessThanOrEqual(fullLoadBudget(total));
  });

  test('the first screen is complete after 2 requests, even on a slow portal', async ({ page, emulator, openApp, restCalls }) => {
    // Every request takes 800 ms: a third request cannot have finished when the first screen shows.
    await emulator.faults({ latencyMs: 800 });
    const app = await openApp(page);
    const rows = personRows(app);
    const firstScreenShown = async () => {
      const sources = await rows.evaluateAll((all) => all.slice(0, 10).map((r) => r.getAttribute('data-presence-source')));
      return sources.length >= 10 && sources.every((s) => s === 'im');
    };
    const deadline = Date.now() + 20_000;
    while (!(await firstScreenShown())) {
      expect(Date.now(), 'the first screen with presence').toBeLessThan(deadline);
      await page.waitForTimeout(40);
    }
    const finished = await restCalls(); // the log records a request when it is answered
    expect(finished.length, JSON.stringify(finished.map(methodsOf))).toBeLessThanOrEqual(2);
    await emulator.clearFaults();
  });

  test('presence of the rows on screen is refreshed about every minute, with one call', async ({ page, openApp, restCalls }) => {
    await page.clock.install();
    const app = await openApp(page);
    await waitFullyLoaded(app);
    await page.waitForTimeout(500);
    const before = (await restCalls()).length;
    await page.clock.fastForward(61_000);
    await expect.poll(async () => (await restCalls()).length).toBe(before + 1);
    const refresh = (await restCalls()).at(-1)!;
    expect(refresh.method).toBe('im.user.list.get');
    const onScreen = await rowIds(app);
    const asked = presenceIdsOf(refresh);
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.length).toBeLessThanOrEqual(Math.min(50, onScreen.length));
    expect(asked.every((id) => onScreen.includes(id))).toBe(true);
  });

  test('fired people, bots, e-mail and open-lines users never appear', async ({ page, emulator, openApp }) => {
    const state = await emulator.state();
    const edge = (state.portal as unknown as { edgeCases: Record<string, number> }).edgeCases;
    const app = await openApp(page);
    await waitFullyLoaded(app);
    for (const key of ['fired', 'bot', 'emailUser', 'openlines', 'extranet']) {
      const truth = await emulator.user(edge[key]!);
      await app.getByRole('searchbox', { name: 'Search people' }).fill(String(truth.imUser.last_name || truth.imUser.first_name));
      await expect(app.locator(`[data-person-id="${edge[key]}"]`), key).toHaveCount(0);
    }
  });

  test('a name with HTML is shown as text and never runs', async ({ page, emulator, openApp }) => {
    const state = await emulator.state();
    const edge = (state.portal as unknown as { edgeCases: Record<string, number> }).edgeCases;
    const truth = await emulator.user(edge.htmlName!);
    const name = String(truth.imUser.name);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const app = await openApp(page);
    await waitFullyLoaded(app);
    await app.getByRole('searchbox', { name: 'Search people' }).fill('Brien');
    const row = app.locator(`[data-person-id="${edge.htmlName}"]`);
    await expect(row).toContainText(name);
    await expect(directory(app).locator('img[src="x"], b, script')).toHaveCount(0);
    await row.click();
    await expect(app.getByRole('dialog', { name })).toBeVisible();
    await expect(app.getByRole('dialog').locator('img[src="x"], b, script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('search narrows the list instantly and says how many match', async ({ page, emulator, openApp }) => {
    const app = await openApp(page);
    const total = await waitFullyLoaded(app);
    const someone = await emulator.user(42);
    const last = String(someone.imUser.last_name);
    const search = app.getByRole('searchbox', { name: 'Search people' });
    await search.fill(last);
    await expect(app.locator('[data-person-id="42"]')).toBeVisible();
    await expect(app.getByTestId('directory-count')).toHaveText(new RegExp(`^\\d+ of ${total}$`));
    const shown = await personRows(app).count();
    expect(shown).toBeLessThan(total);
    for (const text of await personRows(app).allTextContents()) expect(text.toLowerCase()).toContain(last.toLowerCase());

    // By position too.
    const position = String(someone.imUser.work_position);
    await search.fill(position);
    await expect(app.locator('[data-person-id="42"]')).toBeVisible();

    // No match: the empty state says why and offers a way back.
    await search.fill('zzzzqqq');
    await expect(app.getByText('No one matches')).toBeVisible();
    await expect(app.getByText(/No name, position or department starts with “zzzzqqq”/)).toBeVisible();
    await app.getByRole('button', { name: 'Show everyone' }).click();
    await expect(app.getByTestId('directory-count')).toHaveText(`${total} people`);
  });

  test('presence and department filters, and presence-first order', async ({ page, openApp, restCalls }) => {
    const app = await openApp(page);
    const total = await waitFullyLoaded(app);
    const status = app.getByRole('combobox', { name: 'Status' });

    for (const [option, state] of [
      ['Do not disturb', 'dnd'],
      ['Away', 'away'],
      ['Online', 'online'],
    ] as const) {
      await status.selectOption({ label: option });
      await expect(app.getByTestId('directory-count')).toHaveText(new RegExp(`^\\d+ of ${total}$`));
      const states = await personRows(app).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-presence')));
      expect(states.length, option).toBeGreaterThan(0);
      expect(new Set(states), option).toEqual(new Set([state]));
    }
    // The filter is exact: everyone's presence came from im objects, within the boot budget.
    expect(await directory(app).locator('[data-presence="complete"]').count()).toBe(1);
    expect((await restCalls()).length).toBeLessThanOrEqual(fullLoadBudget(total));

    await status.selectOption({ label: 'Everyone' });
    const department = app.getByRole('combobox', { name: 'Department' });
    const options = await department.locator('option').allTextContents();
    const leaf = options.map((o) => o.replace(/^\u00a0+/, '')).find((o, i) => i > 0 && o.includes('Frontend'));
    expect(leaf).toBeTruthy();
    await department.selectOption({ label: options.find((o) => o.endsWith(leaf!))! });
    await expect(app.getByTestId('directory-count')).toHaveText(new RegExp(`^\\d+ of ${total}$`));
    for (const text of await personRows(app).allTextContents()) expect(text).toContain(leaf!);

    await department.selectOption({ label: 'All departments' });
    await app.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Available first' });
    const first = await personRows(app).first().getAttribute('data-presence');
    expect(first).toBe('online');
  });

  test('person card: details and the three portal actions', async ({ page, emulator, openApp }) => {
    const app = await openApp(page);
    await waitFullyLoaded(app);
    const truth = await emulator.user(42);
    const name = String(truth.imUser.name);
    await app.getByRole('searchbox', { name: 'Search people' }).fill(String(truth.imUser.last_name));
    await app.locator('[data-person-id="42"]').click();
    const card = app.getByRole('dialog', { name });
    await expect(card).toBeVisible();
    if (truth.imUser.email) await expect(card.getByRole('link', { name: String(truth.imUser.email) })).toBeVisible();
    await expect(card.getByText('Last activity')).toBeVisible();

    const since = await emulator.lastFrameLogId();
    await card.getByRole('button', { name: 'Write' }).click();
    const write = await emulator.waitForFrameCommand('imOpenMessenger', since);
    expect(JSON.stringify(write.params)).toContain('42');
    await card.getByRole('button', { name: 'Call' }).click();
    const call = await emulator.waitForFrameCommand('imCallTo', since);
    expect(JSON.stringify(call.params)).toContain('42');
    await card.getByRole('button', { name: 'Open profile' }).click();
    // The portal opens its slider; the command is logged once the slider is closed.
    await page.getByRole('dialog', { name: 'Portal page' }).getByRole('button', { name: 'Close' }).click();
    const open = await emulator.waitForFrameCommand('openPath', since);
    expect(JSON.stringify(open.params)).toContain('/company/personal/user/42/');

    await card.press('Escape');
    await expect(card).toHaveCount(0);
  });

  test('keyboard: / searches, arrows move, Enter opens, Esc closes and returns focus', async ({ page, openApp }) => {
    const app = await openApp(page);
    await waitFullyLoaded(app);
    await personRows(app).first().waitFor();
    // A click on plain text inside the app gives its frame the keyboard, as a person's click would.
    await app.getByTestId('directory-count').click();
    await page.keyboard.press('/');
    const search = app.getByRole('searchbox', { name: 'Search people' });
    await expect(search).toBeFocused();
    await search.press('ArrowDown');
    const rows = personRows(app);
    await expect(rows.nth(0)).toBeFocused();
    await rows.nth(0).press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await rows.nth(1).press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await rows.nth(2).press('ArrowUp');
    const second = rows.nth(1);
    await expect(second).toBeFocused();
    const name = (await second.locator('[id$="-name"]').textContent())!.replace(/ \(you\)$/, '');
    await second.press('Enter');
    const card = app.getByRole('dialog', { name });
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(second).toBeFocused();
    // Far down the list: End moves to the last person, who is then in the document and focused.
    await page.keyboard.press('End');
    await expect(app.locator('[role="option"][aria-posinset][tabindex="0"]')).toBeFocused();
    const last = app.locator('[role="option"][tabindex="0"]');
    await expect(last).toHaveAttribute('aria-posinset', String(await last.getAttribute('aria-setsize')));
  });

  test('my own row follows my status at once (the status card switches do-not-disturb)', async ({ page, emulator, openApp }) => {
    const state = await emulator.state();
    const me = state.currentUser.id;
    const app = await openApp(page);
    await waitFullyLoaded(app);
    await app.getByRole('searchbox', { name: 'Search people' }).fill(String((await emulator.user(me)).imUser.last_name));
    const myRow = app.locator(`[data-person-id="${me}"]`);
    await expect(myRow).toHaveAttribute('data-presence', 'online');
    await expect(myRow).toContainText('(you)');
    await app.getByRole('switch', { name: /Do not disturb/ }).click();
    await expect(myRow).toHaveAttribute('data-presence', 'dnd');
  });

  test('Russian UI when the portal language is ru', async ({ page, openApp }) => {
    const app = await openApp(page, { lang: 'ru' });
    const total = await waitFullyLoaded(app);
    await expect(app.getByRole('searchbox', { name: 'Поиск сотрудников' })).toBeVisible();
    await expect(app.getByTestId('directory-count')).toHaveText(new RegExp(`^${total} сотрудник(а|ов)?$`));
    await expect(app.getByRole('combobox', { name: 'Статус' })).toBeVisible();
    await expect(app.getByRole('tab', { name: 'Сотрудники' })).toBeVisible();
    await app.getByRole('searchbox', { name: 'Поиск сотрудников' }).fill('а');
    await expect(app.getByTestId('directory-count')).toHaveText(new RegExp(`^\\d+ из ${total}$`));
  });

  test('no serious or critical accessibility problems in the directory and the card', async ({ page, openApp }) => {
    await expectAccessibleDirectoryAndCard(page, await openApp(page));
  });
});
