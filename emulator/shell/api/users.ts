import type { ControlClient } from './control-client';
import type { EmulatorUser } from './control-types';

/** What the portal page needs to show or pick a user. */
export interface PortalUser {
  id: number;
  name: string;
  position: string;
  photo: string;
  fired: boolean;
  /** employee, extranet, bot, email, openlines */
  kind: string;
}

/** SelectedUser as the portal's user picker returns it to the SDK (ids are strings). */
export interface SelectedUser {
  id: string;
  name: string;
  photo: string;
  position: string;
  url: string;
  sub: boolean;
  sup: boolean;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function toPortalUser(id: number, user: EmulatorUser): PortalUser {
  const im = user.imUser;
  const row = user.userRow;
  const name =
    text(im.name) || [text(row.NAME), text(row.LAST_NAME)].filter(Boolean).join(' ') || `User #${id}`;
  return {
    id,
    name,
    position: text(im.work_position) || text(row.WORK_POSITION),
    photo: text(im.avatar) || text(row.PERSONAL_PHOTO),
    fired: user.fired,
    kind: user.userType,
  };
}

export function toSelectedUser(user: PortalUser): SelectedUser {
  return {
    id: String(user.id),
    name: user.name,
    photo: user.photo,
    position: user.position,
    url: `/company/personal/user/${user.id}/`,
    sub: false,
    sup: false,
  };
}

/** Case-insensitive match on name, position or exact id. */
export function matchesUserQuery(user: PortalUser, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (/^\d+$/.test(q)) return String(user.id) === q || user.name.toLowerCase().includes(q);
  return user.name.toLowerCase().includes(q) || user.position.toLowerCase().includes(q);
}

/**
 * Loads every user 1..count through GET /emulator-api/users/:id (the control API has no list
 * endpoint), a few at a time; unknown ids are skipped.
 */
export async function loadPortalUsers(client: ControlClient, count: number, parallel = 8): Promise<PortalUser[]> {
  const ids = Array.from({ length: Math.max(0, count) }, (_, i) => i + 1);
  const users: PortalUser[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < ids.length) {
      const id = ids[next++] as number;
      try {
        users.push(toPortalUser(id, await client.user(id)));
      } catch {
        // A missing id: nothing to list.
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return users.sort((a, b) => a.id - b.id);
}
