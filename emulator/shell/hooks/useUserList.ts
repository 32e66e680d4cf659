import { useEffect, useState } from 'react';
import type { UserList, UserListQuery } from '../../types';
import type { ControlClient } from '../api/control-client';

const TYPING_PAUSE_MS = 150;

/**
 * One page of GET /emulator-api/users for a picker; asked again (after a short typing pause) when
 * the query changes, answers that arrive late are dropped. null until the first answer.
 */
export function useUserList(client: ControlClient, q: UserListQuery, enabled = true): UserList | null {
  const [list, setList] = useState<UserList | null>(null);
  const { query = '', limit, offset, userType, active } = q;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const timer = setTimeout(
      () => {
        client
          .users({ query, limit, offset, userType, active })
          .then((answer) => live && setList(answer))
          .catch(() => live && setList({ total: 0, users: [] }));
      },
      query === '' ? 0 : TYPING_PAUSE_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, enabled, query, limit, offset, userType, active]);

  return list;
}
