import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { seriousA11yProblems } from './support/axe';
import { PORTAL_URL, type EmulatorClient, type RestLogEntry } from './support/emulator';
import { APP_FRAME, expect, test, type OpenAppOptions } from './support/fixtures';

/**
 * My status card end to end: the built app with the real SDK inside the portal emulator.
 * The emulator's own truth (GET /emulator-api/users/:id) is the judge of "the portal agrees".
 * Figures (requests per toggle, click → switch time, request overlap) are printed to the console.
 */

const APP_ORIGIN = `http://localhost:${process.env.E2E_APP_PORT ?? 5183}`;

function appDocument(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(APP_ORIGIN));
  if (!frame) throw new Error(`No frame of ${APP_ORIGIN} on the portal page`);
  return frame;
}

interface Card {
  app: FrameLocator;
  card: Locator;
  dnd: Locator;
  me: number;
}

async function openCard(page: Page, emulator: EmulatorClient, openApp: (p: Page, o?: OpenAppOptions) => Promise<FrameLocator>, options: OpenAppOptions = {}): Promise<Card> {
  const me = (await emulator.state()).currentUser.id;
  const app = await openApp(page, options);
  const card = app.getByRole('region', { name: options.lang === 'ru' ? 'Мой статус' : 'My status' });
  const dnd = card.getByRole('switch', { name: options.lang === 'ru' ? 'Не беспокоить' : 'Do not disturb', exact: true });
  await expect(dnd).toBeVisible();
  return { app, card, dnd, me };
}

/** Makes my portal status `status` before the app opens (the portal has no control route for it: REST as me). */
async function startWith(emulator: EmulatorClient, status: 'online' | 'dnd' | 'away' | 'break'): Promise<void> {
  const session = await emulator.session();
  const res = await fetch(`${PORTAL_URL}/rest/im.user.status.set`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ STATUS: status, auth: session.AUTH_ID }),
  });
  if (!res.ok) throw new Error(`could not preset my status: HTTP ${res.status}`);
}

const portalStatus = async (emulator: EmulatorClient, id: number) => (await emulator.user(id)).status;

const statusCalls = (entries: RestLogEntry[]) => entries.filter((e) => e.method.startsWith('im.user.status'));

/** [start, end] of each request in ms: the log's `at` is when the portal started it; end = at + durationMs. */
function intervals(entries: RestLogEntry[]): [number, number][] {
  return entries.map((e) => {
    const start = typeof e.at === 'number' ? e.at : Date.parse(e.at);
    return [start, start + e.durationMs];
  });
}

/**
 * The most requests in flight at once. The log's `at` has millisecond precision, so a request that
 * starts within 1 ms of the previous one's end is not counted as overlapping it.
 */
function maxInFlight(spans: [number, number][]): number {
  const events = spans.flatMap(([start, end]): [number, number][] => [
    [start, 1],
    [Math.max(start, end - 1), -1],
  ]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // an end before a start at the same moment
  let current = 0;
  let max = 0;
  for (const [, delta] of events) {
    current += delta;
    max = Math.max(max, current);
  }
  return max;
}

test.describe('my status', () => {
  test.beforeEach(async ({ emulator }) => {
    await startWith(emulator, 'online');
    await emulator.clearLogs();
  });

  test('turns DND on and off with one request per toggle; the portal agrees; a reload shows the portal state', async ({ page, emulator, openApp }) => {
    const { card, dnd, me } = await openCard(page, emulator, openApp);
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    await expect(card.getByText('Online', { exact: true })).toBeVisible();
    // At start my status and my im user object came in the first screen's one batch: no request of their own.
    const atStart = await emulator.log();
    expect(atStart.filter((c) => c.method === 'im.user.status.get' || c.method === 'im.user.get')).toEqual([]);
    expect(atStart.some((c) => c.method === 'batch' && c.commands?.includes('im.user.status.get') && c.commands.includes('im.user.get'))).toBe(true);

    // Click → aria-checked, measured inside the app: the change must not wait for any answer.
    const doc = appDocument(page);
    const before = await emulator.lastLogId();
    const timing = await doc.evaluate(
      () =>
        new Promise<{ ms: number; sameTask: boolean; beforeNextFrame: boolean }>((resolve) => {
          const el = document.querySelector('[role="switch"]') as HTMLElement;
          let changedAt = 0;
          let frameAt = 0;
          let sameTask = false;
          const observer = new MutationObserver(() => {
            if (changedAt === 0 && el.getAttribute('aria-checked') === 'true') changedAt = performance.now();
          });
          observer.observe(el, { attributes: true, attributeFilter: ['aria-checked'] });
          requestAnimationFrame(() => {
            frameAt = performance.now();
          });
          const t0 = performance.now();
          el.click();
          // A task queued right after the click runs after the click's own microtasks (React's commit).
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            sameTask = changedAt > 0;
          };
          channel.port2.postMessage(null);
          setTimeout(() => {
            observer.disconnect();
            resolve({ ms: changedAt - t0, sameTask, beforeNextFrame: changedAt > 0 && frameAt > 0 && changedAt <= frameAt });
          }, 100);
        }),
    );
    console.log(`[status] click → aria-checked (el.click()): ${timing.ms.toFixed(2)} ms, same task: ${timing.sameTask}, before the next frame: ${timing.beforeNextFrame}`);
    expect(timing.sameTask).toBe(true);
    expect(timing.beforeNextFrame).toBe(true);

    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await expect(card.getByText('Saving…')).toHaveCount(0);
    const onCalls = await emulator.log(before);
    console.log(`[status] requests for "on": ${onCalls.length} (${onCalls.map((c) => c.method).join(', ')})`);
    expect(onCalls.map((c) => [c.method, c.params, c.httpStatus])).toEqual([['im.user.status.set', { STATUS: 'dnd' }, 200]]);

    // The same with real (trusted) mouse input: from the click event to the attribute change, and
    // whether the change came before the next animation frame after the click.
    await doc.evaluate(() => {
      const el = document.querySelector('[role="switch"]') as HTMLElement;
      const w = window as unknown as { __clickAt?: number; __changedAt?: number; __frameAt?: number };
      document.addEventListener(
        'click',
        () => {
          w.__clickAt = performance.now();
          requestAnimationFrame(() => (w.__frameAt = performance.now()));
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        w.__changedAt = performance.now();
        observer.disconnect();
      });
      observer.observe(el, { attributes: true, attributeFilter: ['aria-checked'] });
    });
    const beforeOff = await emulator.lastLogId();
    await dnd.click();
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    const trusted = await doc.evaluate(async () => {
      const w = window as unknown as { __clickAt?: number; __changedAt?: number; __frameAt?: number };
      while (w.__frameAt === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
      return { ms: (w.__changedAt ?? NaN) - (w.__clickAt ?? NaN), beforeNextFrame: (w.__changedAt ?? Infinity) <= w.__frameAt };
    });
    console.log(`[status] click → aria-checked (real mouse click): ${trusted.ms.toFixed(2)} ms, before the next frame: ${trusted.beforeNextFrame}`);
    expect(trusted.beforeNextFrame).toBe(true);
    await expect.poll(() => portalStatus(emulator, me)).toBe('online');
    await expect(card.getByText('Saving…')).toHaveCount(0);
    const offCalls = await emulator.log(beforeOff);
    console.log(`[status] requests for "off": ${offCalls.length} (${offCalls.map((c) => c.method).join(', ')})`);
    expect(offCalls.map((c) => [c.method, c.params])).toEqual([['im.user.status.set', { STATUS: 'online' }]]);

    // On again, then reload the app document: it shows what the portal has.
    await dnd.press('Space');
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await doc.goto(doc.url());
    const reloaded = await openCardAgain(page);
    await expect(reloaded).toHaveAttribute('aria-checked', 'true');
    await reloaded.press('Enter');
    await expect.poll(() => portalStatus(emulator, me)).toBe('online');
  });

  test('a refused change rolls back to the portal status and says why, with a retry', async ({ page, emulator, openApp }) => {
    const { card, dnd, me } = await openCard(page, emulator, openApp);
    await emulator.faults({ statusSetFails: true });
    const before = await emulator.lastLogId();
    await dnd.click();
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('Could not turn on Do not disturb');
    await expect(alert).toContainText('Bitrix24 answered with an error');
    await expect(alert).toContainText('Your status in Bitrix24 is: Online.');
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    expect(await portalStatus(emulator, me)).toBe('online');
    const calls = statusCalls(await emulator.log(before));
    expect(calls.map((c) => [c.method, c.httpStatus])).toEqual([
      ['im.user.status.set', 500],
      ['im.user.status.get', 200],
    ]);

    await emulator.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await expect(alert).toHaveCount(0);
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
  });

  test('when the portal cannot even be read after a failure, the alert says so and the switch keeps the last confirmed status', async ({ page, emulator, openApp }) => {
    const { card, dnd, me } = await openCard(page, emulator, openApp);
    await emulator.faults({ failNext: { count: 50, status: 500 } }); // the SDK's own retries included
    const before = await emulator.lastLogId();
    await dnd.click();
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('Could not turn on Do not disturb');
    await expect(alert).toContainText('Your status in Bitrix24 could not be checked either; the last one it confirmed is: Online.', { timeout: 30_000 });
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    expect(await portalStatus(emulator, me)).toBe('online');
    const calls = statusCalls(await emulator.log(before));
    console.log(`[status] set and check both failing: ${calls.map((c) => `${c.method} ${c.httpStatus}`).join(' → ')}`);
    expect(calls.some((c) => c.method === 'im.user.status.get')).toBe(true);
    expect(calls.every((c) => c.httpStatus === 500)).toBe(true);

    await emulator.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await expect(dnd).toBeFocused(); // the keyboard stays on the switch when the alert goes
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await expect(alert).toHaveCount(0);
  });

  test('a reload in the middle of a change shows what the portal has, with no alert', async ({ page, emulator, openApp }) => {
    const { dnd, me } = await openCard(page, emulator, openApp);
    await emulator.faults({ latencyMs: 1500 });
    await dnd.click();
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    const doc = appDocument(page);
    await doc.goto(doc.url()); // while im.user.status.set is still on its way
    const reloaded = await openCardAgain(page);
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await expect(reloaded).toHaveAttribute('aria-checked', 'true');
    await expect(page.frameLocator(APP_FRAME).getByRole('region', { name: 'My status' }).getByRole('alert')).toHaveCount(0);
  });

  test('a status set elsewhere (in the messenger) shows on my card without a reload, one im.user.get at a time', async ({ page, emulator, openApp }) => {
    await page.clock.install();
    const { card, dnd, me } = await openCard(page, emulator, openApp);
    await startWith(emulator, 'dnd'); // turned on in the messenger
    const before = await emulator.lastLogId();
    await page.clock.fastForward('02:01');
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'dnd');
    const reads = (await emulator.log(before)).filter((e) => e.method === 'im.user.get' || e.method.startsWith('im.user.status'));
    console.log(`[status] refresh of a status set elsewhere: ${reads.map((e) => e.method).join(', ')}`);
    expect(reads.map((e) => e.method)).toEqual(['im.user.get']);

    // …and turned off there again, with the "away" mark of the previous chat: both show.
    await startWith(emulator, 'online');
    const session = await emulator.session();
    await fetch(`${PORTAL_URL}/rest/im.user.status.idle.start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ AGO: 5, auth: session.AUTH_ID }),
    });
    await page.clock.fastForward('02:01');
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    await expect(card.getByText(/^Away since \d{1,2}:\d{2}/)).toBeVisible();
    expect(await portalStatus(emulator, me)).toBe('online');
  });

  test('rapid clicks under 1.5 s latency: one request at a time, the last click wins on both sides', async ({ page, emulator, openApp }) => {
    const { card, dnd, me } = await openCard(page, emulator, openApp);
    await emulator.faults({ latencyMs: 1500 });
    const doc = appDocument(page);
    /** n clicks 40 ms apart, inside the app (well within one 1.5 s request, however busy the machine). */
    const rapidClicks = (n: number) =>
      doc.evaluate(async (count) => {
        const el = document.querySelector('[role="switch"]') as HTMLElement;
        for (let i = 0; i < count; i++) {
          el.click();
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      }, n);
    const settled = async () => {
      await expect(card.getByText('Saving…')).toHaveCount(0, { timeout: 20_000 });
    };
    const sequences: RestLogEntry[][] = [];

    // 5 clicks from off: on. The first request carries "dnd"; when it returns, "dnd" is still the last choice.
    let before = await emulator.lastLogId();
    await rapidClicks(5);
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await settled();
    expect(await portalStatus(emulator, me)).toBe('dnd');
    const five = statusCalls(await emulator.log(before));
    console.log(`[status] 5 rapid clicks → ${five.length} request(s): ${five.map((c) => JSON.stringify(c.params)).join(' ')}`);
    expect(five.map((c) => c.params)).toEqual([{ STATUS: 'dnd' }]);
    sequences.push(five);

    // 4 clicks from on: on again. The first request turns it off; then the last choice (on) is sent.
    before = await emulator.lastLogId();
    await rapidClicks(4);
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await settled();
    expect(await portalStatus(emulator, me)).toBe('dnd');
    const four = statusCalls(await emulator.log(before));
    console.log(`[status] 4 rapid clicks → ${four.length} request(s): ${four.map((c) => JSON.stringify(c.params)).join(' ')}`);
    expect(four.map((c) => c.params)).toEqual([{ STATUS: 'online' }, { STATUS: 'dnd' }]);
    sequences.push(four);

    // 5 real mouse clicks (their pace depends on the machine): whatever the count, the same rules hold.
    before = await emulator.lastLogId();
    for (let i = 0; i < 5; i++) await dnd.click(); // on → off
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    await settled();
    expect(await portalStatus(emulator, me)).toBe('online');
    const mouse = statusCalls(await emulator.log(before));
    console.log(`[status] 5 mouse clicks → ${mouse.length} request(s): ${mouse.map((c) => JSON.stringify(c.params)).join(' ')}`);
    expect(mouse.length).toBeGreaterThanOrEqual(1);
    expect(mouse.at(-1)?.params).toEqual({ STATUS: 'online' });
    sequences.push(mouse);

    for (const sequence of sequences) {
      const spans = intervals(sequence);
      for (let i = 1; i < spans.length; i++) {
        const gap = (spans[i]?.[0] ?? 0) - (spans[i - 1]?.[1] ?? 0);
        console.log(`[status] next request started ${gap.toFixed(1)} ms after the previous one ended (start = log "at", end = at + durationMs)`);
        expect(gap).toBeGreaterThanOrEqual(-1); // `at` has millisecond precision
      }
      expect(maxInFlight(spans)).toBe(1);
    }
  });

  test('my row in the directory changes with the switch, before the portal answers', async ({ page, emulator, openApp }) => {
    const { app, dnd, me } = await openCard(page, emulator, openApp);
    const truth = (await emulator.user(me)).imUser;
    const myName = String(truth.name);
    await app.getByRole('searchbox').first().fill(String(truth.last_name));
    const myRow = app.getByRole('tabpanel').getByRole('option').filter({ hasText: myName });
    await expect(myRow).toBeVisible();
    await expect(myRow).not.toContainText('Do not disturb');

    await emulator.faults({ latencyMs: 1500 });
    await dnd.click();
    await expect(myRow).toContainText('Do not disturb', { timeout: 1000 });
    expect(await portalStatus(emulator, me)).toBe('online'); // the portal has not answered yet
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await expect(myRow).toContainText('Do not disturb');
  });

  test('a token that expired just before a click is refreshed through the frame, and the change lands', async ({ page, emulator, openApp }) => {
    const { card, dnd, me } = await openCard(page, emulator, openApp);
    const before = await emulator.lastLogId();
    const frameBefore = await emulator.lastFrameLogId();
    await emulator.faults({ expireTokensNow: true });
    await dnd.click();
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await expect(card.getByRole('alert')).toHaveCount(0);

    // The 401 may hit my status change or a request another part of the page made at the same
    // moment (the SDK refreshes once for both); either way the change is sent with the new token.
    const log = await emulator.log(before);
    const sets = log.filter((c) => c.method === 'im.user.status.set');
    console.log(`[status] expired token: ${log.map((c) => `${c.method} ${c.httpStatus}${c.error ? ` ${c.error}` : ''}`).join(' → ')}`);
    expect(log.some((c) => c.httpStatus === 401 && c.error === 'expired_token')).toBe(true);
    expect(sets.at(-1)?.httpStatus).toBe(200);
    expect(sets.slice(0, -1).every((c) => c.httpStatus === 401 && c.error === 'expired_token')).toBe(true);
    const refresh = (await emulator.frameLog()).filter((e) => e.id > frameBefore && e.command === 'refreshAuth');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]?.answered).toBe(true);
    const time = (at: number | string | undefined) => (typeof at === 'number' ? at : Date.parse(String(at)));
    expect(time(sets.at(-1)?.at)).toBeGreaterThanOrEqual(time(refresh[0]?.at) - 1);
  });

  test('a 30-minute DND ends by itself when the clock passes its end time, on both sides', async ({ page, emulator, openApp }) => {
    await page.clock.install();
    const { app, card, dnd, me } = await openCard(page, emulator, openApp);
    await expect(card.getByText('The timer runs only while this app is open.')).toHaveCount(0);

    await card.getByRole('button', { name: 'For how long…' }).click();
    await app.getByRole('menuitemradio', { name: 'For 30 minutes' }).click();
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await expect(card.getByText(/until \d{1,2}:\d{2}/)).toBeVisible();
    await expect(card.locator('p', { hasText: 'The timer runs only while this app is open.' })).toBeVisible();
    await expect(dnd).toHaveAccessibleDescription('The timer runs only while this app is open.');
    await card.getByRole('button', { name: 'For how long…' }).click();
    await expect(app.getByRole('menuitemradio', { name: 'For 30 minutes' })).toHaveAttribute('aria-checked', 'true');
    await expect(app.getByRole('menuitemradio', { checked: true })).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(app.getByRole('menu')).toHaveCount(0);
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
    await expect.poll(async () => String((await emulator.state()).userOptions.dndUntil)).toMatch(/"until":\d+/);

    await page.clock.fastForward('29:00');
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    expect(await portalStatus(emulator, me)).toBe('dnd');

    await page.clock.fastForward('01:01');
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    await expect(card.getByRole('status')).toContainText(/Do not disturb ended at \d{1,2}:\d{2}.*You are online again\./);
    await expect.poll(() => portalStatus(emulator, me)).toBe('online');
    await expect.poll(async () => (await emulator.state()).userOptions.dndUntil).toBe('{"until":null}');
  });

  test('the previous chat version\'s "away" is set and cleared from the More menu and shown on my card', async ({ page, emulator, openApp }) => {
    const { app, card, me } = await openCard(page, emulator, openApp);
    await card.getByRole('button', { name: 'More: previous chat version' }).click();
    await app.getByRole('menuitem', { name: 'Set “Away” (previous chat)…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Set “Away” (previous chat version)' });
    // The description stands clear of the title.
    const titleToDescription = await dialog.evaluate((el) => {
      const title = document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.getBoundingClientRect();
      const description = document.getElementById(el.getAttribute('aria-describedby') ?? '')?.getBoundingClientRect();
      return title && description ? description.top - title.bottom : null;
    });
    expect(titleToDescription).toBeGreaterThanOrEqual(4);
    const minutes = dialog.getByRole('textbox', { name: 'Away since how many minutes ago' });
    await expect(minutes).toHaveValue('10');
    await minutes.fill('0');
    await dialog.getByRole('button', { name: 'Set “Away”' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('The smallest value is 1 minute.');
    await minutes.fill('15');
    const before = await emulator.lastLogId();
    await dialog.getByRole('button', { name: 'Set “Away”' }).click();
    await expect(dialog).toHaveCount(0);

    const idle = (await emulator.user(me)).idle;
    expect(typeof idle === 'string' || typeof idle === 'number').toBe(true);
    const since = await appDocument(page).evaluate((at) => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(new Date(at)), idle as string | number);
    await expect(card.getByText(`Away since ${since}`)).toBeVisible();
    const calls = await emulator.log(before);
    expect(calls.map((c) => [c.method, c.params])).toEqual([
      ['im.user.status.idle.start', { AGO: 15 }],
      ['im.user.get', {}],
    ]);

    await card.getByRole('button', { name: 'More: previous chat version' }).click();
    await app.getByRole('menuitem', { name: 'Back from “Away” (previous chat)' }).click();
    await expect(card.getByText('Online', { exact: true })).toBeVisible();
    await expect(card.getByText(/Away since/)).toHaveCount(0);
    expect((await emulator.user(me)).idle ?? false).toBe(false);
  });

  test('the card has no serious accessibility problems, with an alert, a menu or the dialog open, light and dark', async ({ page, emulator, openApp }) => {
    const { app, card, dnd } = await openCard(page, emulator, openApp);
    const check = async (what: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const serious = await seriousA11yProblems(page, 'main header');
        expect(serious, `${what}, ${colorScheme}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
      }
    };
    await emulator.faults({ statusSetFails: true });
    await dnd.click();
    await expect(card.getByRole('alert')).toContainText('Your status in Bitrix24 is: Online.');
    await check('failure alert');
    await emulator.clearFaults();

    await card.getByRole('button', { name: 'For how long…' }).click();
    await expect(app.getByRole('menuitemradio', { name: 'For 30 minutes' })).toBeFocused();
    await check('duration menu');
    await app.getByRole('menuitemradio', { name: 'For 1 hour' }).click();
    await expect(card.locator('p', { hasText: 'The timer runs only while this app is open.' })).toBeVisible();

    await card.getByRole('button', { name: 'About Do not disturb' }).click();
    await check('help');
    await page.keyboard.press('Escape');

    await card.getByRole('button', { name: 'More: previous chat version' }).click();
    await app.getByRole('menuitem', { name: 'Set “Away” (previous chat)…' }).click();
    const dialog = app.getByRole('dialog');
    await dialog.getByRole('textbox').fill('abc');
    await dialog.getByRole('button', { name: 'Set “Away”' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await seriousA11yProblems(page, '[role="dialog"]')).toEqual([]);
  });

  test('speaks Russian when the portal language is ru', async ({ page, emulator, openApp }) => {
    await startWith(emulator, 'away');
    const { card, dnd, me } = await openCard(page, emulator, openApp, { lang: 'ru' });
    await expect(dnd).toHaveAttribute('aria-checked', 'false');
    await expect(card.getByText(/^(Отошёл|Отошла|Нет на месте)$/)).toBeVisible();
    await expect(card.getByText(/установлен в мессенджере/)).toBeVisible();
    await expect(card.getByRole('button', { name: 'О режиме «Не беспокоить»' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'На сколько…' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Ещё: прежняя версия чата' })).toBeVisible();
    await dnd.click();
    await expect(dnd).toHaveAttribute('aria-checked', 'true');
    await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'dnd');
    await expect(card.locator('[data-status]')).toContainText('Не беспокоить');
    await expect.poll(() => portalStatus(emulator, me)).toBe('dnd');
  });
});

/** The switch after the app document was reloaded inside the same frame. */
async function openCardAgain(page: Page): Promise<Locator> {
  const dnd = page.frameLocator('#app-frame').getByRole('region', { name: 'My status' }).getByRole('switch', { name: 'Do not disturb', exact: true });
  await expect(dnd).toBeVisible();
  return dnd;
}
