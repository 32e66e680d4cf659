import { useEffect, useState } from 'react';
import type { ControlClient } from '../api/control-client';

/** The name of the user a 1:1 dialog id ("12") points at; undefined for chats, unknown ids and while loading. */
export function usePeerName(client: ControlClient, dialogId: string): string | undefined {
  const [peer, setPeer] = useState<{ dialogId: string; name: string } | null>(null);
  useEffect(() => {
    if (!/^\d+$/.test(dialogId)) return;
    let live = true;
    client
      .userSummary(Number(dialogId))
      .then((user) => live && setPeer(user ? { dialogId, name: user.name } : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, dialogId]);
  return peer?.dialogId === dialogId ? peer.name : undefined;
}
