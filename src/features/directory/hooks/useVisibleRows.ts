/**
 * Which rows of a list are on screen, and what follows from it: the ids loaders treat as "on
 * screen" (setViewportIds), and the presence refresh of the people there (usePresenceRefresh).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setViewportIds } from '../api/viewport';
import { onScreenIds, presenceWindowIds, type ViewportWindow } from '../model/pagedSlots';
import { usePresenceRefresh } from './usePresenceRefresh';

export interface VisibleRowsOptions {
  /** Also fetch the missing presence of the rows from the first visible one on (full mode; the paged loader does it itself). */
  fetchMissing: boolean;
  /** Refresh presence at all (off while the list has no presence to show). */
  enabled: boolean;
}

/** `idOf` must be stable (a module-level function): it is a memo dependency. */
export function useVisibleRows<T>(rows: readonly T[], idOf: (row: T) => number | null, { fetchMissing, enabled }: VisibleRowsOptions) {
  const qc = useQueryClient();
  const rootRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState<ViewportWindow>({ first: 0, last: 0 });

  const windowIds = useMemo(() => presenceWindowIds(rows, visible.first, idOf), [rows, visible.first, idOf]);
  const onScreen = useMemo(() => onScreenIds(rows, visible, idOf), [rows, visible, idOf]);
  useEffect(() => setViewportIds(qc, windowIds), [qc, windowIds]);
  usePresenceRefresh(onScreen, { ahead: fetchMissing ? windowIds : undefined, enabled, rootRef });

  const onWindowChange = useCallback((first: number, last: number) => setVisible({ first, last }), []);
  return { rootRef, visible, onWindowChange };
}
