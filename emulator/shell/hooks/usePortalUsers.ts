import { useEffect, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import { loadPortalUsers, type PortalUser } from '../api/users';

const cache = new Map<string, Promise<PortalUser[]>>();

/**
 * The portal's users for the pickers, loaded once per generated portal (memberId + count) and only
 * when `enabled` (the list costs one control-API request per user).
 */
export function usePortalUsers(client: ControlClient, portal: { memberId: string; users: number } | undefined, enabled: boolean) {
  const [users, setUsers] = useState<PortalUser[] | null>(null);
  const memberId = portal?.memberId;
  const count = portal?.users ?? 0;

  useEffect(() => {
    if (!enabled || memberId === undefined) return;
    const key = `${memberId}:${count}`;
    let live = true;
    let pending = cache.get(key);
    if (!pending) {
      pending = loadPortalUsers(client, count);
      cache.set(key, pending);
    }
    pending.then((list) => live && setUsers(list)).catch(() => cache.delete(key));
    return () => {
      live = false;
    };
  }, [client, memberId, count, enabled]);

  return users;
}
