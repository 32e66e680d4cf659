/**
 * The people on screen right now (first visible row on), per QueryClient. The list writes it as
 * it scrolls; loaders read it to spend spare command slots on presence people can see first.
 */
import type { QueryClient } from '@tanstack/react-query';

const onScreen = new WeakMap<QueryClient, readonly number[]>();

export function setViewportIds(qc: QueryClient, ids: readonly number[]): void {
  onScreen.set(qc, ids);
}

export function viewportIds(qc: QueryClient): readonly number[] {
  return onScreen.get(qc) ?? [];
}
