import type { FrameLocator, Locator } from '@playwright/test';
import { seriousA11yProblems } from './support/axe';
import type { EmulatorChat, EmulatorClient } from './support/emulator';
import { expect, test } from './support/fixtures';

/**
 * Who is in a chat, end to end: the built app in the chat sidebar (placement IM_SIDEBAR) of the
 * portal emulator, checked against the emulator's own truth (GET /emulator-api/chats, /users/:id).
 * The request count of a 300-member chat is printed to the console.
 */

const ONLINE_WINDOW_MS = 1440 * 1000;

async function nameOf(emulator: EmulatorClient, id: number): Promise<string> {
  return String((await emulator.user(id)).imUser.name);
}

/** The names the list shows, without the "(you)" mark. */
async function shownNames(list: Locator): Promise<string[]> {
  return (await list.locator('[data-member-name]').allTextContents()).map((name) => name.replace(/ \((you|вы)\)$/, ''));
}

const membersList = (app: FrameLocator) => app.getByRole('list', { name: /^Members/ });

function groupChats(chats: EmulatorChat[]): EmulatorChat[] {
  return chats.filter((chat) => chat.type !== 'private' && chat.dialogId.startsWith('chat'));
}

/** Connected now, by the portal's truth: any activity within the online window. */
function connectedByTruth(imUser: Record<string, unknown>, now: number): boolean {
  const times = ['last_activity_date', 'mobile_last_date', 'desktop_last_date']
    .map((key) => imUser[key])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => Date.parse(v));
  return times.some((t) => now - t < ONLINE_WINDOW_MS);
}

test.describe('chat members (IM_SIDEBAR)', () => {
  test('shows exactly the members of the chat, with their presence', async ({ page, emulator, openApp }) => {
    const me = (await emulator.state()).currentUser.id;
    const chat = groupChats(await emulator.chats()).find((c) => c.memberIds.includes(me) && c.memberIds.length >= 3 && c.memberIds.length <= 15);
    if (!chat) throw new Error('the seed has no small group chat of the current user');
    const everyone = (await emulator.chats()).flatMap((c) => c.memberIds);
    const outsider = everyone.find((id) => !chat.memberIds.includes(id));

    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: chat.dialogId } });

    const list = membersList(app);
    await expect(list.getByRole('listitem')).toHaveCount(chat.memberIds.length);
    const expected = await Promise.all(chat.memberIds.map((id) => nameOf(emulator, id)));
    expect((await shownNames(list)).sort()).toEqual([...expected].sort());
    if (outsider !== undefined) await expect(list.getByText(await nameOf(emulator, outsider), { exact: true })).toHaveCount(0);
    await expect(list.locator('[data-person-id]').filter({ hasText: '(you)' })).toHaveCount(1);

    // Presence: every member has a badge with a name; connected/offline and DND agree with the portal.
    const now = Date.now();
    for (const id of chat.memberIds) {
      const truth = await emulator.user(id);
      const badge = list.locator(`[data-person-id="${id}"] [role="img"][data-shape]`);
      await expect(badge).toHaveAttribute('aria-label', /.+/);
      const shape = await badge.getAttribute('data-shape');
      if (!connectedByTruth(truth.imUser, now)) expect(['offline', 'vacation'], `user ${id}`).toContain(shape);
      else if (truth.status === 'dnd') expect(shape, `user ${id}`).toBe('dnd');
      else expect(['online', 'mobile', 'away'], `user ${id}`).toContain(shape);
    }
    await expect(app.getByText(`${chat.memberIds.length} members`)).toBeVisible();
    // My status switch sits on top of the sidebar.
    await expect(app.getByRole('region', { name: 'My status' })).toBeVisible();
  });

  test('the sidebar has no serious accessibility problems', async ({ page, emulator, openApp }) => {
    const me = (await emulator.state()).currentUser.id;
    const chat = groupChats(await emulator.chats()).find((c) => c.memberIds.includes(me) && c.memberIds.length > 10);
    if (!chat) throw new Error('the seed has no group chat of the current user with more than 10 members');
    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: chat.dialogId } });
    await expect(membersList(app).getByRole('listitem').first()).toBeVisible();
    await expect(app.getByRole('region', { name: 'My status' })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const serious = await seriousA11yProblems(page, 'main');
      expect(serious, `${colorScheme}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
    }
  });

  test('a 1:1 dialog shows the two people', async ({ page, emulator, openApp }) => {
    const me = (await emulator.state()).currentUser.id;
    const dialog = (await emulator.chats()).find((c) => /^\d+$/.test(c.dialogId) && c.memberIds.includes(me));
    if (!dialog) throw new Error('the seed has no 1:1 dialog of the current user');
    const partner = Number(dialog.dialogId);

    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: dialog.dialogId } });

    await expect(app.getByRole('heading', { name: 'In this dialog' })).toBeVisible();
    const list = membersList(app);
    await expect(list.getByRole('listitem')).toHaveCount(2);
    expect((await shownNames(list)).sort()).toEqual([await nameOf(emulator, me), await nameOf(emulator, partner)].sort());
  });

  test('a chat I may not see says so instead of listing anyone', async ({ page, emulator, openApp }) => {
    const me = (await emulator.state()).currentUser.id;
    const closed = groupChats(await emulator.chats()).find((c) => !c.memberIds.includes(me));
    if (!closed) throw new Error('the seed has no chat without the current user');

    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: closed.dialogId } });

    await expect(app.getByText('You can’t see who is in this chat')).toBeVisible();
    await expect(app.getByRole('listitem')).toHaveCount(0);
    await expect(app.getByRole('alert')).toHaveCount(0);
  });

  test('a 300-member chat costs two requests and keeps the page small', async ({ page, emulator, openApp }) => {
    await emulator.reset({ users: 400, presenceChurn: false });
    const general = (await emulator.chats()).find((c) => c.id === 1);
    expect(general?.memberIds).toHaveLength(300);
    const since = await emulator.lastLogId();

    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } });

    await expect(app.getByText(/^300 members/)).toBeVisible();
    const list = membersList(app);
    await expect(list.getByRole('listitem').first()).toBeVisible();
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeLessThanOrEqual(40);
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '300');
    await expect(app.getByRole('region', { name: 'My status' })).toBeVisible();
    await page.waitForTimeout(500); // anything late (the status card) would show up in the log now

    const log = await emulator.log(since);
    const summary = log.map((e) => (e.commands ? `batch[${e.commands.join(',')}]` : e.method));
    console.log(`[chat-members] 300-member chat: ${log.length} REST requests: ${summary.join(' | ')}; ${rendered} rows in the DOM`);
    expect(log.map((e) => e.method)).toEqual(['batch', 'im.dialog.users.list']);
    expect(log[0]?.commands?.sort()).toEqual(['im.dialog.users.list', 'im.user.get', 'im.user.status.get']);
    expect(log.every((e) => e.httpStatus === 200)).toBe(true);

    // Scrolling to the end brings the last members in, still as a window of rows.
    await list.evaluate((el) => el.parentElement?.scrollTo({ top: el.parentElement.scrollHeight }));
    await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', '300');
    expect(await list.getByRole('listitem').count()).toBeLessThanOrEqual(40);
  });

  test('the keyboard reaches every member of a big chat: arrows, PageDown, Home and End', async ({ page, emulator, openApp }) => {
    await emulator.reset({ users: 400, presenceChurn: false });
    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } });
    const list = membersList(app);
    await expect(app.getByText(/^300 members/)).toBeVisible();
    const focusedRow = () => list.locator('li:has(:focus)');
    await list.locator('[data-row-main]').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '2');
    await page.keyboard.press('End');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '300');
    await expect(focusedRow().locator('[data-row-main]')).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '299');
    await page.keyboard.press('Home');
    await expect(focusedRow()).toHaveAttribute('aria-posinset', '1');
    await page.keyboard.press('PageDown');
    await expect.poll(async () => Number(await focusedRow().getAttribute('aria-posinset'))).toBeGreaterThan(5);
    expect(await list.getByRole('listitem').count()).toBeLessThanOrEqual(40);
  });

  test('presence of the people on screen is refreshed once a minute with one request', async ({ page, emulator, openApp }) => {
    await emulator.reset({ users: 400, presenceChurn: false });
    await page.clock.install();
    const app = await openApp(page, { placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } });
    await expect(app.getByText(/^300 members/)).toBeVisible();
    const since = await emulator.lastLogId();

    await page.clock.runFor(61_000);
    await expect.poll(async () => (await emulator.log(since)).length).toBeGreaterThan(0);
    const log = await emulator.log(since);
    expect(log.map((e) => e.method)).toEqual(['im.user.list.get']);
    const ids = (log[0]?.params as { ID: unknown }).ID as unknown[];
    const rendered = await membersList(app).getByRole('listitem').count();
    console.log(`[chat-members] presence refresh: ${log.length} request for ${ids.length} ids (${rendered} rows on screen)`);
    expect(ids.length).toBe(rendered);
    expect(ids.length).toBeLessThanOrEqual(50);
  });
});

test.describe('recent chats (the app page)', () => {
  test('the app page lists my recent chats and shows the members of the one I choose', async ({ page, emulator, openApp }) => {
    const me = (await emulator.state()).currentUser.id;
    const chats = await emulator.chats();
    const chat = groupChats(chats).find((c) => c.memberIds.includes(me) && c.memberIds.length <= 15);
    const dialog = chats.find((c) => /^\d+$/.test(c.dialogId) && c.memberIds.includes(me));
    if (!chat || !dialog) throw new Error('the seed has no small group chat or dialog of the current user');

    const app = await openApp(page, { placement: 'DEFAULT', placementOptions: {} });
    await app.getByRole('tab', { name: 'Chats' }).click();

    const recent = app.getByRole('list', { name: 'My recent chats' });
    await expect(recent.getByRole('button', { name: `Members of ${chat.title}` })).toBeVisible();
    await expect(recent.getByRole('button', { name: `Members of ${dialog.title}` })).toBeVisible();
    expect(await emulator.log().then((log) => log.some((e) => e.method === 'im.recent.list' || e.commands?.includes('im.recent.list')))).toBe(true);

    await recent.getByRole('button', { name: `Members of ${chat.title}` }).click();
    await expect(app.getByRole('heading', { name: chat.title })).toBeFocused();
    const list = membersList(app);
    await expect(list.getByRole('listitem')).toHaveCount(chat.memberIds.length);
    const expected = await Promise.all(chat.memberIds.map((id) => nameOf(emulator, id)));
    expect((await shownNames(list)).sort()).toEqual([...expected].sort());

    await app.getByRole('button', { name: 'All chats' }).click();
    await expect(recent.getByRole('button', { name: `Members of ${chat.title}` })).toBeFocused();
  });
});
