/**
 * Rows of a server-paged list (pure): loaded pages give people, pages not loaded yet give
 * placeholders; and what a viewport needs fetched — the pages under and just below it, and the
 * presence of loaded people on and just below the screen.
 */
import { derivePresence, type Presence } from '../../../people/presence';
import { PAGE_SIZE } from '../../../people/loadingPlan';
import type { Person } from '../../../people/types';
import { chainStep, pageSpan, startsOf, type PageChain } from './pageChain';

/** A person, or a row not loaded yet with the `start` of the page that brings it. */
export type Slot = { kind: 'person'; person: Person } | { kind: 'placeholder'; start: number };

/**
 * Every row of a list, walking its pages by row offset: a loaded page contributes its people (each
 * person once, whatever page repeats them; a page can come back short when the portal drops
 * rows, e.g. non-employees in a search), a gap between pages its size in placeholders (page by
 * page of the portal's page size, so a portal paging by 20 gets asked from where it stopped),
 * and after the last page the rest of `total` — or, while the total is only a lower bound, one
 * placeholder at the page's `next`, asked as it comes near the screen. A last page without
 * `next` ends the list.
 */
export function pagedSlots(total: number, pages: PageChain<Person>): Slot[] {
  const step = chainStep(pages);
  const slots: Slot[] = [];
  const seen = new Set<number>();
  let at = 0;
  const gap = (to: number) => {
    for (let start = at; start < to; start += step) {
      for (let row = start; row < Math.min(start + step, to); row++) slots.push({ kind: 'placeholder', start });
    }
    at = Math.max(at, to);
  };
  const starts = startsOf(pages);
  for (const start of starts) {
    const page = pages[start]!;
    if (start > at) gap(start);
    for (const person of page.items) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      slots.push({ kind: 'person', person });
    }
    at = Math.max(at, start + pageSpan(start, page));
  }
  const last = starts.length > 0 ? pages[starts.at(-1)!]! : null;
  if (!last) gap(total);
  else if (last.next !== null) gap(Math.max(total, at + 1));
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

/** The ids of the loaded people on screen (first to last visible row, ≤ PRESENCE_WINDOW_ROWS rows). */
export function onScreenIds<T>(rows: readonly T[], window: ViewportWindow, idOf: (row: T) => number | null): number[] {
  return presenceWindowIds(rows.slice(0, window.last + 1), window.first, idOf);
}

/** The page `start`s to fetch for a window: placeholders on screen and PAGE_LOOKAHEAD_ROWS below. */
export function startsToFetch(slots: readonly Slot[], window: ViewportWindow): number[] {
  const starts = new Set<number>();
  const end = Math.min(slots.length - 1, window.last + PAGE_LOOKAHEAD_ROWS);
  for (let i = Math.max(0, window.first); i <= end; i++) {
    const slot = slots[i];
    if (slot?.kind === 'placeholder') starts.add(slot.start);
  }
  return [...starts].sort((a, b) => a - b);
}

export function slotPersonId(slot: Slot): number | null {
  return slot.kind === 'person' ? slot.person.id : null;
}

/** Presence to show for a paged row (derived with the shared clock). */
export function slotPresence(person: Person, now: number): Presence {
  return derivePresence(person.presence, now);
}
