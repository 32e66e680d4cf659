import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useVisibleInterval } from '../../ui';
import { fetchPeopleByIds } from '../../b24';
import { withFreshPeople } from './members';
import { chatMemberKeys, type DialogMembers } from './queries';

/** How often the presence of the people on screen is asked again (the directory's rhythm). */
export const PRESENCE_REFRESH_MS = 60_000;

export interface PresenceRefreshOptions {
  dialogId: string;
  /** The ids of the people on screen right now (read at each refresh). */
  visibleIds: () => readonly number[];
  /** False until the member list has loaded. */
  enabled: boolean;
  intervalMs?: number;
}

/**
 * Keeps the presence of the people on screen fresh without reloading the member list: every
 * minute while the page is visible, one `im.user.list.get` for the ids on screen (≤50 ids is one
 * command; the list never shows more), folded into the cached member list. Nothing is asked
 * while the page is hidden; coming back after a full interval refreshes at once. A failed refresh
 * keeps the last known presence (the error is logged by src/b24).
 *
 * Returns the clock to derive presence with; it moves on with every refresh, so "last seen …"
 * and the online window stay current too.
 */
export function usePresenceRefresh({ dialogId, visibleIds, enabled, intervalMs = PRESENCE_REFRESH_MS }: PresenceRefreshOptions): number {
  const queryClient = useQueryClient();
  const [now, setNow] = useState(() => Date.now());
  const idsRef = useRef(visibleIds);
  useEffect(() => {
    idsRef.current = visibleIds;
  });

  const runningRef = useRef(false);
  useVisibleInterval(
    () => {
      if (runningRef.current) return;
      // fetchPeopleByIds drops repeated ids itself.
      const ids = idsRef.current();
      if (ids.length === 0) return;
      runningRef.current = true;
      fetchPeopleByIds(ids)
        .then((fresh) =>
          queryClient.setQueryData<DialogMembers>(chatMemberKeys.members(dialogId), (old) =>
            old ? { ...old, people: withFreshPeople(old.people, fresh) } : old,
          ),
        )
        .catch(() => {
          // Keep the last known presence; src/b24 has logged the error.
        })
        .finally(() => {
          runningRef.current = false;
          setNow(Date.now());
        });
    },
    { enabled, intervalMs },
  );

  return now;
}
