import { useEffect, useState } from 'react';
import type { UserListItem } from '../../types';
import type { ControlClient } from '../api/control-client';

/** One user's compact row (name, position, avatar) by id; undefined for null, unknown ids and while loading. */
export function useUserSummary(client: ControlClient, id: number | null): UserListItem | undefined {
  const [user, setUser] = useState<UserListItem | null>(null);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    client
      .userSummary(id)
      .then((found) => live && setUser(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, id]);
  return user !== null && user.id === id ? user : undefined;
}
