import type { FrameLocator, Locator, Page } from '@playwright/test';
import { personRows, waitFullyLoaded } from './directory-support';
import { PORTAL_URL, type EmulatorClient, type PortalVariants } from './support/emulator';
import { expect, test } from './support/fixtures';

/**
 * The built app with the real SDK inside a portal that answers in the other shapes the reference
 * allows (the emulator's portal variants, emulator/variants.ts): list totals missing, `sort`
 * ignored, init data printed as PHP strings, portal-relative avatars, and all of them at once.
 * The emulator's own truth (control API) is the judge: the directory lists exactly the active
 * employees in name order with their photos, do-not-disturb reaches the portal, and the chat
 * sidebar holds every member of the 300-member chat.
 */

const USERS = 400; // the general chat (chat1) has 300 members at this size
const BIG_CHAT = 'chat1';
const APP_ORIGIN = `http://localhost:${process.env.E2E_APP_PORT ?? 5183}`;

/**
 * Keeps, in every document of the page, the portal's init-data replies exactly as they arrived
 * (before the app's own listeners see them), so a test can check what the app was really sent.
 */
async function recordInitReplies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __initReplies: unknown[] }).__initReplies = seen;
    window.addEventListener(
      'message',
      (event) => {
        if (typeof event.data !== 'string' || !event.data.includes('"AUTH_ID"') || !event.data.includes('"MEMBER_ID"')) return;
        seen.push(JSON.parse(event.data.slice(event.data.indexOf(':') + 1)));
      },
      true,
    );
  });
}

/** The init-data replies the app document received (see recordInitReplies). */
async function initRepliesOfApp(page: Page): Promise<Record<string, unknown>[]> {
  const frame = page.frames().find((f) => f.url().startsWith(APP_ORIGIN));
  if (!frame) throw new Error(`no frame of ${APP_ORIGIN}`);
  return frame.evaluate(() => (window as unknown as { __initReplies: Record<string, unknown>[] }).__initReplies);
}

interface Truth {
  /** active employees by id: first and last name, and whether they have a photo */
  people: Map<number, { first: string; last: string; name: string; hasAvatar: boolean }>;
  total: number;
  chatMembers: number[];
}

let truthOnce: Promise<Truth> | null = null;

/** The portal's truth (the same for every test: same seed and size, names and photos never change). */
function portalTruth(emulator: EmulatorClient): Promise<Truth> {
  truthOnce ??= (async () => {
    const list = await emulator.users({ userType: 'employee', active: true, limit: 500 });
    const people: Truth['people'] = new Map();
    for (let i = 0; i < list.users.length; i += 50) {
      const chunk = list.users.slice(i, i + 50);
      const details = await Promise.all(chunk.map((u) => emulator.user(u.id)));
      details.forEach((d, j) => {
        const u = chunk[j]!;
        people.set(u.id, {
          first: String(d.imUser.first_name ?? ''),
          last: String(d.imUser.last_name ?? ''),
          name: u.name,
          hasAvatar: u.avatar !== '',
        });
      });
    }
    const chat = (await emulator.chats()).find((c) => c.dialogId === BIG_CHAT);
    if (!chat) throw new Error(`the seed has no ${BIG_CHAT}`);
    return { people, total: list.total, chatMembers: chat.memberIds };
  })();
  return truthOnce;
}

/** Ids in the app's name order (last name, first name, id), sorted by the browser's own collator. */
function expectedOrder(page: Page, truth: Truth): Promise<number[]> {
  const rows = [...truth.people].map(([id, p]) => ({ id, first: p.first, last: p.last, name: p.name }));
  return page.evaluate((all) => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const key = (p: (typeof all)[number]) => [p.last.trim() || p.name.trim(), p.last.trim() ? p.first.trim() : ''] as const;
    return [...all]
      .sort((a, b) => {
        const [a1, a2] = key(a);
        const [b1, b2] = key(b);
        return collator.compare(a1, b1) || collator.compare(a2, b2) || a.id - b.id;
      })
      .map((p) => p.id);
  }, rows);
}

/** [position, id] of the rows in the document, by position. */
async function rowsByPosition(app: FrameLocator): Promise<number[]> {
  const pairs = await personRows(app).evaluateAll((rows) =>
    rows.map((row) => [Number(row.getAttribute('aria-posinset')), Number(row.getAttribute('data-person-id'))] as const),
  );
  return [...pairs].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/**
 * Every person id a virtualised list shows, from top to bottom: scrolls the list that holds
 * `firstRow` a screen at a time (letting it render) and collects the rows' `data-person-id`s.
 */
async function idsByScrolling(firstRow: Locator, rowSelector: string): Promise<number[]> {
  return firstRow.evaluate(async (row, selector) => {
    const scrolls = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY);
    let box: HTMLElement | null = row.parentElement;
    while (box && !scrolls(box)) box = box.parentElement;
    const list = box ?? (document.scrollingElement as HTMLElement);
    const rendered = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const seen = new Set<number>();
    const collect = () => list.querySelectorAll(selector).forEach((el) => seen.add(Number(el.getAttribute('data-person-id'))));
    list.scrollTop = 0;
    await rendered();
    collect();
    while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      list.scrollTop += Math.max(20, list.clientHeight - 20);
      await rendered();
      collect();
    }
    return [...seen];
  }, rowSelector);
}

const sortedIds = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

/** The photo of person `id` in `row`: an <img> from the portal that loaded when they have one, else none (initials). */
async function expectPhoto(row: Locator, id: number, hasAvatar: boolean): Promise<void> {
  const img = row.locator('img');
  if (!hasAvatar) {
    await expect(img, `no photo for ${id}`).toHaveCount(0);
    return;
  }
  await expect(img, `photo of ${id}`).toHaveCount(1);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { message: `photo of ${id} loads` }).toBe(true);
  expect(await img.getAttribute('src')).toBe(`${PORTAL_URL}/avatars/${id}.svg`);
}

/** The directory: exactly the active employees, in name order, with photos where the portal has them. */
async function checkDirectory(page: Page, app: FrameLocator, truth: Truth, exhaustive: boolean): Promise<void> {
  const total = await waitFullyLoaded(app);
  expect(total, 'people listed = active employees of the portal').toBe(truth.total);
  await expect(app.getByTestId('directory-count')).toHaveText(`${truth.total} people`);

  const order = await expectedOrder(page, truth);
  const shown = await rowsByPosition(app);
  expect(shown.length).toBeGreaterThanOrEqual(8);
  expect(shown.slice(0, 8), 'the first rows, by name').toEqual(order.slice(0, 8));
  for (const id of shown.slice(0, 3)) {
    await expect(app.locator(`[role="option"][data-person-id="${id}"]`)).toContainText(truth.people.get(id)!.name);
  }

  // Photos: an <img> from the portal for people with one, initials for the others.
  for (const id of shown.slice(0, 8)) {
    await expectPhoto(app.locator(`[role="option"][data-person-id="${id}"]`), id, truth.people.get(id)!.hasAvatar);
  }

  // Exactly the active employees: everyone, once, nobody else (a scroll through the whole list).
  if (!exhaustive) return;
  const everyone = await idsByScrolling(personRows(app).first(), '[role="option"][data-person-id]');
  expect(sortedIds(everyone), 'the people listed, top to bottom').toEqual(sortedIds(truth.people.keys()));
}

/** Do not disturb on and off from the status card; the portal agrees each time. */
async function checkStatusSwitch(app: FrameLocator, emulator: EmulatorClient): Promise<void> {
  const me = (await emulator.state()).currentUser.id;
  const startedDnd = (await emulator.user(me)).status === 'dnd';
  const dnd = app.getByRole('region', { name: 'My status' }).getByRole('switch', { name: 'Do not disturb', exact: true });
  await expect(dnd).toHaveAttribute('aria-checked', String(startedDnd));
  await dnd.click();
  await expect(dnd).toHaveAttribute('aria-checked', String(!startedDnd));
  await expect.poll(async () => (await emulator.user(me)).status === 'dnd', { message: 'the portal has the new status' }).toBe(!startedDnd);
  await dnd.click();
  await expect(dnd).toHaveAttribute('aria-checked', String(startedDnd));
  await expect.poll(async () => (await emulator.user(me)).status === 'dnd', { message: 'the portal has the old status back' }).toBe(startedDnd);
}

/** The chat sidebar of the 300-member chat: every member, from the first to the last, with their photos. */
async function checkBigChat(app: FrameLocator, truth: Truth, exhaustive: boolean): Promise<void> {
  const count = truth.chatMembers.length;
  await expect(app.getByText(new RegExp(`^${count} members`))).toBeVisible();
  const list = app.getByRole('list', { name: /^Members/ });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(count));
  const rows = list.locator('[data-person-id]');
  await expect(rows.first()).toBeVisible();
  const ids = await rows.evaluateAll((all) => all.map((row) => Number(row.getAttribute('data-person-id'))));
  expect(ids.filter((id) => !truth.chatMembers.includes(id)), 'rows of people outside the chat').toEqual([]);
  for (const id of ids.slice(0, 6)) {
    const person = truth.people.get(id);
    if (!person) continue; // not an active employee (a bot, extranet…): names and photos checked for employees
    const row = list.locator(`[data-person-id="${id}"]`);
    expect((await row.locator('[data-member-name]').textContent())?.replace(/ \((you|вы)\)$/, '')).toBe(person.name);
    await expectPhoto(row, id, person.hasAvatar);
  }
  if (exhaustive) {
    // Every member, once, from the first to the last.
    const everyone = await idsByScrolling(rows.first(), '[data-person-id]');
    expect(sortedIds(everyone), 'the members listed, top to bottom').toEqual(sortedIds(truth.chatMembers));
  } else {
    await list.evaluate((el) => el.parentElement?.scrollTo({ top: el.parentElement.scrollHeight }));
  }
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(count));
}

/**
 * `exhaustive`: scroll through both lists and compare every id with the truth (a few seconds each);
 * done where paging changes (the count and the first rows are checked everywhere).
 */
const VARIANTS: { title: string; variants: Partial<PortalVariants>; exhaustive: boolean }[] = [
  { title: 'no total in list answers', variants: { listTotals: 'omit' }, exhaustive: true },
  { title: 'neither total nor next in list answers', variants: { listTotals: 'omitBoth' }, exhaustive: true },
  { title: 'user.get ignores sort', variants: { ignoreSort: true }, exhaustive: false },
  { title: 'init data printed as PHP strings', variants: { initData: 'phpStrings' }, exhaustive: false },
  { title: 'portal-relative avatars', variants: { avatars: 'relative' }, exhaustive: false },
  {
    title: 'all variants at once',
    variants: { listTotals: 'omitBoth', ignoreSort: true, initData: 'phpStrings', avatars: 'relative' },
    exhaustive: true,
  },
];

test.describe('a portal that answers in other shapes the reference allows', () => {
  for (const { title, variants, exhaustive } of VARIANTS) {
    test(title, async ({ page, emulator, openApp }) => {
      const state = await emulator.reset({ users: USERS, presenceChurn: false, variants });
      expect(state.config.variants).toMatchObject(variants);
      const truth = await portalTruth(emulator);

      await recordInitReplies(page);
      const app = await openApp(page);
      await checkDirectory(page, app, truth, exhaustive);
      // The app really got the variant's spelling (the check above passing with it is the point).
      const [reply] = await initRepliesOfApp(page);
      if (variants.initData === 'phpStrings') {
        expect(reply).toMatchObject({ FIRST_RUN: 'N', IS_ADMIN: 'Y', INSTALL: 'N', AUTH_EXPIRES: 3600, PLACEMENT_OPTIONS: '[]' });
      } else {
        expect(reply).toMatchObject({ FIRST_RUN: false, IS_ADMIN: true, INSTALL: false, AUTH_EXPIRES: '3600' });
      }
      await checkStatusSwitch(app, emulator);
      const directoryLog = await emulator.log();

      const since = await emulator.lastLogId();
      const sidebar = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: BIG_CHAT } });
      await checkBigChat(sidebar, truth, exhaustive);
      if (variants.initData === 'phpStrings') {
        expect((await initRepliesOfApp(page))[0]?.PLACEMENT_OPTIONS).toBe(`{"dialogId":"${BIG_CHAT}"}`);
      }
      const chatLog = await emulator.log(since);

      const frames = await emulator.frameLog();
      expect(frames.filter((e) => e.command === 'setInstall'), 'no setInstall outside an install').toEqual([]);
      const summary = (entries: typeof directoryLog) => entries.map((e) => (e.commands ? `batch×${e.commands.length}` : e.method)).join(', ');
      console.log(`[portal-variants] ${title}: directory ${directoryLog.length} requests (${summary(directoryLog)}); chat ${chatLog.length} (${summary(chatLog)})`);
      expect([...directoryLog, ...chatLog].filter((e) => e.httpStatus !== 200)).toEqual([]);
    });
  }

  test('PHP-string init data has teeth: the bare SDK, without the app’s fix, waits forever after FIRST_RUN "N"', async ({ page, emulator, openApp }) => {
    await emulator.reset({ presenceChurn: false, variants: { initData: 'phpStrings' } });
    const harness = await openApp(page, { appPath: '/__harness/sdk-harness.html' });
    const setInstall = await emulator.waitForFrameCommand('setInstall');
    expect(setInstall).toMatchObject({ params: { install: true }, answered: false });
    await page.waitForTimeout(1000);
    await expect(harness.getByRole('status', { name: 'SDK status' })).not.toHaveText('ready');
  });

  test('PHP-string init data: an administrator installs (FIRST_RUN "Y"), a non-administrator is told why not ("N")', async ({ page, emulator, openApp }) => {
    await emulator.reset({ presenceChurn: false, variants: { initData: 'phpStrings' } });
    const since = await emulator.lastFrameLogId();
    await openApp(page, { install: true, isAdmin: true });
    const finished = await emulator.waitForFrameCommand('setInstallFinish', since);
    await emulator.waitForFrameCommand('getInitData', finished.id);
    const setInstall = (await emulator.frameLog()).filter((e) => e.id > since && e.command === 'setInstall');
    expect(setInstall.map((e) => e.answered)).toEqual([true]);
    expect((await emulator.state()).placements.map((p) => p.placement).sort()).toEqual(['IM_SIDEBAR', 'LEFT_MENU']);

    await emulator.reset({ presenceChurn: false, variants: { initData: 'phpStrings' } });
    const app = await openApp(page, { install: true, isAdmin: false });
    await expect(app.getByRole('heading', { name: 'Only an administrator can install this app' })).toBeVisible();
    expect((await emulator.state()).placements).toEqual([]);
  });

  test('the inspector switches the variants, says which are on, and reopens the app', async ({ page, emulator, openApp }) => {
    await openApp(page, { appPath: '/__harness/sdk-harness.html' });
    await page.getByRole('button', { name: 'Inspector' }).click();
    const inspector = page.getByRole('complementary', { name: 'Emulator inspector' });
    await inspector.locator('summary', { hasText: 'Portal variants' }).click();
    await expect(inspector.getByText('Not the reference’s default', { exact: false })).toBeVisible();
    await expect(inspector.getByText('Variants on: none')).toBeVisible();

    const before = await emulator.lastFrameLogId();
    await inspector.getByLabel('List totals').selectOption('omitBoth');
    await emulator.waitForFrameCommand('getInitData', before);
    await expect.poll(async () => (await emulator.state()).config.variants?.listTotals).toBe('omitBoth');
    await inspector.getByLabel('user.get / user.search ignore sort').check();
    await inspector.getByLabel('Init data spelling').selectOption('phpStrings');
    await inspector.getByLabel('Avatar URLs').selectOption('relative');
    await expect(inspector.getByText('Variants on: no total, no next · ID order · PHP-string init data · relative avatars')).toBeVisible();
    await expect
      .poll(async () => (await emulator.state()).config.variants)
      .toEqual({ listTotals: 'omitBoth', ignoreSort: true, initData: 'phpStrings', avatars: 'relative' });

    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const axe = await new AxeBuilder({ page }).include('#emulator-inspector').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await inspector.getByRole('button', { name: 'All variants off' }).click();
    await expect(inspector.getByText('Variants on: none')).toBeVisible();
    await expect.poll(async () => (await emulator.state()).config.variants).toBeUndefined();
  });
});
