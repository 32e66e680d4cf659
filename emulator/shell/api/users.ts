import type { UserListItem } from '../../types';

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

/** The portal's profile page of a user. */
export function profilePath(userId: number): string {
  return `/company/personal/user/${userId}/`;
}

export function toSelectedUser(user: UserListItem): SelectedUser {
  return {
    id: String(user.id),
    name: user.name,
    photo: user.avatar,
    position: user.position,
    url: profilePath(user.id),
    sub: false,
    sup: false,
  };
}
