import { describe, expect, it } from 'vitest';
import { createPortal } from './portal';

const snapshot = (users: { lastActivity: number | null; status: string; idleSince: number | null }[]) =>
  JSON.stringify(users.map((u) => [u.lastActivity, u.status, u.idleSince]));

describe('createPortal presence churn', () => {
  it('moves presence on its timer while presenceChurn is on, and not when it is off', async () => {
    const portal = createPortal({ appUrl: 'http://localhost:6999/', users: 80, churn: true, churnIntervalMs: 20 });
    try {
      const before = snapshot(portal.store.data.users);
      await new Promise((r) => setTimeout(r, 120));
      expect(snapshot(portal.store.data.users)).not.toBe(before);
      portal.store.patchConfig({ presenceChurn: false });
      await new Promise((r) => setTimeout(r, 30));
      const frozen = snapshot(portal.store.data.users);
      await new Promise((r) => setTimeout(r, 100));
      expect(snapshot(portal.store.data.users)).toBe(frozen);
    } finally {
      portal.close();
    }
  });

  it('keeps the current user status and idle untouched', async () => {
    const portal = createPortal({ appUrl: 'http://localhost:6999/', users: 40, churn: true, churnIntervalMs: 5 });
    try {
      const me = portal.store.user(1);
      if (!me) throw new Error('no user 1');
      me.status = 'dnd';
      await new Promise((r) => setTimeout(r, 150));
      expect(me.status).toBe('dnd');
      expect(me.idleSince).toBeNull();
    } finally {
      portal.close();
    }
  });
});
