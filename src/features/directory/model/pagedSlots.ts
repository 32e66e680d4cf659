/**
 * Rows of a server-paged list (pure): loaded pages give people, pages not loaded yet give
 * placeholders; and what a viewport needs fetched — the pages under and just below it, and the
 * presence of loaded people on and just below the screen.
 */
import { derivePresence, type Presence } from '../../../people/presence';
import { PAGE_SIZE } from '../../../people/loadingPlan';
import type { Person } from '../../../people/types';

export type Slot = { kind: 'person'; person: Person } | { kind: 'placeholder'; page: number };

/**
 * Every row of a list of `total`: a loaded page contributes its people (a page can come back
 * short when the portal drops rows, e.g. non-employees in a search), a missing page its size in
 * placeholders.
 */
export function pagedSlots(total: number, pages: Readonly<Record<number, Person[]>>): Slot[] {
  const slots: Slot[] = [];
  const pageCount = Math.ceil(total / PAGE_SIZE);
  for (let page = 0; page < pageCount; page++) {
    const people = pages[page];
    if (people) for (const person of people) slots.push({ kind: 'person', person });
    else for (let i = 0; i < Math.min(PAGE_SIZE, total - page * PAGE_SIZE); i++) slots.push({ kind: 'placeholder', page });
  }
  return slots;
}

export interface ViewportWindow {
  /** First and last row on screen (inclusive). */
  first: number;
  last: number;
}

/** Rows below the screen whose pages are fetched ahead. */
export const PAGE_LOOKAHEAD_ROWS = PAGE_SIZE;
/** Rows from the first visible one whose presence is wanted (one im.user.list.get). */
export const PRESENCE_WINDOW_ROWS = 50;

/** The ids of the loaded people from the first visible row on (≤ PRESENCE_WINDOW_ROWS rows). */
export function presenceWindowIds<T>(rows: readonly T[], first: number, idOf: (row: T) => number | null): number[] {
  const ids: number[] = [];
  const end = Math.min(rows.length, Math.max(0, first) + PRESENCE_WINDOW_ROWS);
  for (let i = Math.max(0, first); i < end; i++) {
    const id = idOf(rows[i] as T);
    if (id !== null) ids.push(id);
  }
  return ids;
}

/** The page indexes to fetch for a window: placeholders on screen and PAGE_LOOKAHEAD_ROWS below. */
export function pagesToFetch(slots: readonly Slot[], window: ViewportWindow): number[] {
  const pages = new Set<number>();
  const end = Math.min(slots.length - 1, window.last + PAGE_LOOKAHEAD_ROWS);
  for (let i = Math.max(0, window.first); i <= end; i++) {
    const slot = slots[i];
    if (slot?.kind === 'placeholder') pages.add(slot.page);
  }
  return [...pages].sort((a, b) => a - b);
}

export function slotPersonId(slot: Slot): number | null {
  return slot.kind === 'person' ? slot.person.id : null;
}

/** Presence to show for a paged row (derived with the shared clock). */
export function slotPresence(person: Person, now: number): Presence {
  return derivePresence(person.presence, now);
}
