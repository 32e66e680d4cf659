/**
 * The im user object (reference §1.1), in the field order of the docs' examples, and the reduced
 * variant im.search.user.list returns (§3.4). Avatars are absolute URLs on the portal origin;
 * users without one get `avatar: ""` and the portal's blank image path in `avatar_hr`.
 */
import type { PortalUser } from '../types';
import { atomOrFalse, dayMonth } from './datetime';
import { fullName } from './visibility';

export const BLANK_AVATAR_HR = '/bitrix/js/im/images/blank.gif';

export function avatarUrl(user: PortalUser, origin: string): string {
  return user.hasAvatar ? `${origin}/avatars/${user.id}.svg` : '';
}

/** Not intranet: extranet users, and (as the portal marks them) open-lines and e-mail users. */
function isExternal(user: PortalUser): boolean {
  return user.kind === 'extranet' || user.kind === 'openlines' || user.kind === 'email';
}

function userType(user: PortalUser): string {
  if (user.kind === 'bot') return 'bot';
  return isExternal(user) ? 'extranet' : 'user';
}

function botData(user: PortalUser): Record<string, unknown> | null {
  if (user.kind !== 'bot') return null;
  return { code: 'hr_bot', type: 'B', is_hidden: false, is_support_openline: false, is_network: false };
}

function phones(user: PortalUser): Record<string, string> | false {
  if (user.phones === false) return false;
  const out: Record<string, string> = {};
  if (user.phones.work_phone) out.work_phone = user.phones.work_phone;
  if (user.phones.personal_mobile) out.personal_mobile = user.phones.personal_mobile;
  if (user.phones.inner_phone) out.inner_phone = user.phones.inner_phone;
  return Object.keys(out).length > 0 ? out : false;
}

function absent(user: PortalUser, now: number): string | false {
  return user.absentUntil !== null && user.absentUntil > now ? atomOrFalse(user.absentUntil) : false;
}

export function imUserObject(user: PortalUser, origin: string, now: number): Record<string, unknown> {
  const avatar = avatarUrl(user, origin);
  return {
    id: user.id,
    active: user.active,
    name: fullName(user),
    first_name: user.firstName,
    last_name: user.lastName,
    work_position: user.workPosition,
    color: user.color,
    avatar,
    avatar_hr: avatar === '' ? BLANK_AVATAR_HR : avatar,
    gender: user.gender,
    birthday: user.birthday ? dayMonth(user.birthday.day, user.birthday.month) : '',
    extranet: isExternal(user),
    network: false,
    bot: user.kind === 'bot',
    connector: user.kind === 'openlines',
    external_auth_id: user.externalAuthId,
    status: user.status,
    idle: atomOrFalse(user.idleSince),
    last_activity_date: atomOrFalse(user.lastActivity),
    mobile_last_date: atomOrFalse(user.mobileLast),
    desktop_last_date: atomOrFalse(user.desktopLast),
    absent: absent(user, now),
    departments: [...user.departments],
    phones: phones(user),
    bot_data: botData(user),
    type: userType(user),
    website: user.website,
    email: user.email,
  };
}

/** The reduced variant of im.search.user.list (reference §3.4), in its docs order. */
const SEARCH_KEYS = [
  'id', 'name', 'first_name', 'last_name', 'work_position', 'color', 'avatar', 'gender', 'birthday', 'extranet', 'network',
  'bot', 'connector', 'external_auth_id', 'status', 'idle', 'last_activity_date', 'mobile_last_date', 'departments', 'absent', 'phones',
] as const;

export function imSearchUserObject(user: PortalUser, origin: string, now: number): Record<string, unknown> {
  const full = imUserObject(user, origin, now);
  const out: Record<string, unknown> = {};
  for (const key of SEARCH_KEYS) out[key] = full[key];
  // im.search.user.list documents `false` (not "") for "no birthday"
  if (out.birthday === '') out.birthday = false;
  return out;
}
