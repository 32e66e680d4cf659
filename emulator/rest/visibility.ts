/**
 * Who a caller may see. Intranet users see everybody; an extranet user sees only the people it
 * shares a chat with (its "extranet groups") and itself. Also the "online" rule shared by
 * user.get IS_ONLINE: last activity within the session lifetime (1440 s, Bitrix core default).
 */
import type { PortalData, PortalUser } from '../types';

export const ONLINE_WINDOW_MS = 1440 * 1000;

export function isOnline(user: PortalUser, now: number): boolean {
  return user.lastActivity !== null && now - user.lastActivity <= ONLINE_WINDOW_MS;
}

export function isIntranet(user: PortalUser): boolean {
  return user.kind === 'employee';
}

/** null = no restriction */
export function visibleIdsFor(caller: PortalUser, data: PortalData): Set<number> | null {
  if (caller.kind !== 'extranet') return null;
  const ids = new Set<number>([caller.id]);
  for (const chat of data.chats) {
    if (chat.memberIds.includes(caller.id)) for (const m of chat.memberIds) ids.add(m);
  }
  return ids;
}

export function canSee(visible: Set<number> | null, id: number): boolean {
  return visible === null || visible.has(id);
}

export function fullName(user: PortalUser): string {
  return `${user.firstName} ${user.lastName}`.trim();
}
