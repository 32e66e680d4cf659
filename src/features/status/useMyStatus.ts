import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { myStatusQuery } from '../../people/queries';
import type { ChatStatus } from '../../people/types';
import { statusControllerFor, type StatusController } from './statusController';
import { portalStatusDeps } from './statusDeps';
import type { StatusState } from './statusMachine';

export interface MyStatus {
  /** null until the portal's status is known. */
  state: StatusState | null;
  controller: StatusController;
  /** The status query: it asks the portal only when the first screen did not seed it. */
  query: UseQueryResult<ChatStatus | null>;
}

/** My status and the switch's controller (one per QueryClient, shared by every card on the page). */
export function useMyStatus(): MyStatus {
  const queryClient = useQueryClient();
  const controller = statusControllerFor(queryClient, portalStatusDeps);
  const query = useQuery(myStatusQuery());
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return { state, controller, query };
}
