import type { FrameLocator, Locator, Page } from '@playwright/test';
import { seriousA11yProblems } from './support/axe';
import type { RestLogEntry } from './support/emulator';
import { expect } from './support/fixtures';

/** 2 + ceil(N / 2 500): the most requests a full load of N people may take (issue 3). */
export const fullLoadBudget = (people: number) => 2 + Math.ceil(people / 2500);

/** The directory section of the app. */
export const directory = (app: FrameLocator): Locator => app.getByTestId('people-directory');

/** The rows (listbox options) of people in the document. */
export const personRows = (app: FrameLocator): Locator => app.locator('[role="option"][data-person-id]');

/** The "fully loaded" signal: every person is listed (full mode). */
export async function waitFullyLoaded(app: FrameLocator, timeout = 30_000): Promise<number> {
  const root = app.locator('[data-loaded="complete"]');
  await expect(root).toBeVisible({ timeout });
  return Number(await root.getAttribute('data-total'));
}

/** Axe finds no serious or critical problem in the loaded directory, nor in the card of its first person. */
export async function expectAccessibleDirectoryAndCard(page: Page, app: FrameLocator): Promise<void> {
  await waitFullyLoaded(app);
  const list = await seriousA11yProblems(page, '[data-testid="people-directory"]');
  expect(list, JSON.stringify(list, null, 1)).toEqual([]);
  await personRows(app).first().click();
  await expect(app.getByRole('dialog')).toBeVisible();
  const card = await seriousA11yProblems(page, 'dialog');
  expect(card, JSON.stringify(card, null, 1)).toEqual([]);
}

/** REST sub-methods (batch commands) or the method itself of a log entry. */
export const methodsOf = (entry: RestLogEntry): string[] => (entry.method === 'batch' ? (entry.commands ?? []) : [entry.method]);

/** The ids asked for by the im.user.list.get commands of a log entry. */
export function presenceIdsOf(entry: RestLogEntry): number[] {
  const params = entry.params as { cmd?: Record<string, string> | string[]; ID?: unknown } | null;
  if (entry.method === 'im.user.list.get') return Array.isArray(params?.ID) ? params.ID.map(Number) : [];
  const commands = params?.cmd ? Object.values(params.cmd) : [];
  const ids: number[] = [];
  for (const command of commands) {
    if (!command.startsWith('im.user.list.get?')) continue;
    for (const [key, value] of new URLSearchParams(command.slice(command.indexOf('?') + 1))) {
      if (key.startsWith('ID[')) ids.push(Number(value));
    }
  }
  return ids;
}

/** Person ids of the rows in the document, in order. */
export async function rowIds(app: FrameLocator): Promise<number[]> {
  const ids = await personRows(app).evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-person-id'))));
  return ids;
}
