import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { myStatusQuery } from '../../people/queries';
import type { ChatStatus } from '../../people/types';
import { useVisibleInterval } from '../../ui';
import { statusControllerFor, type StatusController } from './statusController';
import { portalStatusDeps } from './statusDeps';
import type { StatusState } from './statusMachine';

/**
 * How often my status is read again while the page is visible (a status or idle mark set in the
 * messenger), and how old the last read must be for coming back to the page to read it at once.
 * Bitrix24 has no event for status changes; one im.user.get is the whole cost.
 */
export const MY_STATUS_REFRESH_MS = 120_000;
export const MY_STATUS_REFRESH_GAP_MS = 30_000;

export interface MyStatus {
  /** null until the portal's status is known. */
  state: StatusState | null;
  controller: StatusController;
  /** The status query: it asks the portal only when the first screen did not seed it. */
  query: UseQueryResult<ChatStatus | null>;
}

/**
 * My status and the switch's controller (one per QueryClient, shared by every card on the page).
 * While the page is visible my status is read again now and then, and on coming back to the page.
 */
export function useMyStatus(): MyStatus {
  const queryClient = useQueryClient();
  const controller = statusControllerFor(queryClient, portalStatusDeps);
  const query = useQuery(myStatusQuery());
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  useVisibleInterval(() => void controller.refresh(), {
    enabled: state !== null,
    intervalMs: MY_STATUS_REFRESH_MS,
    minGapMs: MY_STATUS_REFRESH_GAP_MS,
  });
  return { state, controller, query };
}
