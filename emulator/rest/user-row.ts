/**
 * The UPPERCASE user row of user.get / user.search / user.current. Which fields exist depends on
 * the granted user scope version (user_brief ⊂ user_basic ⊂ user, api-reference/user/user-scope.md);
 * fields whose value is NULL in the portal database are left out, as the portal does. `select`
 * narrows the set (`*` = all, `UF_*` = all UF_ fields; unknown or out-of-scope names are ignored).
 */
import type { PortalUser } from '../types';
import { atom, atomDate } from './datetime';
import { avatarUrl } from './im-user-object';
import { isOnline } from './visibility';

export type UserScopeLevel = 0 | 1 | 2; // brief, basic, user
export const BRIEF: UserScopeLevel = 0;
export const BASIC: UserScopeLevel = 1;
export const FULL: UserScopeLevel = 2;

export function userScopeLevel(scopes: readonly string[]): UserScopeLevel | null {
  if (scopes.includes('user')) return FULL;
  if (scopes.includes('user_basic')) return BASIC;
  if (scopes.includes('user_brief')) return BRIEF;
  return null;
}

type Getter = (u: PortalUser, origin: string, now: number) => unknown;

interface FieldDef {
  level: UserScopeLevel;
  get: Getter;
}

/** A phone field as user.* prints it ('' when not set). */
export const phoneOf = (key: 'work_phone' | 'personal_mobile' | 'inner_phone') => (u: PortalUser): string =>
  u.phones === false ? '' : (u.phones[key] ?? '');

/** USER_TYPE of user.get: employee | extranet | email. */
export function userTypeOf(u: PortalUser): string {
  if (u.kind === 'extranet') return 'extranet';
  return u.kind === 'email' ? 'email' : 'employee';
}

/** Field order follows the docs' user.get example. `undefined` = NULL = omitted. */
export const USER_FIELDS: ReadonlyArray<readonly [string, FieldDef]> = [
  ['ID', { level: BRIEF, get: (u) => String(u.id) }],
  ['XML_ID', { level: BRIEF, get: () => undefined }],
  ['ACTIVE', { level: BRIEF, get: (u) => u.active }],
  ['NAME', { level: BRIEF, get: (u) => u.firstName }],
  ['LAST_NAME', { level: BRIEF, get: (u) => u.lastName }],
  ['SECOND_NAME', { level: BRIEF, get: (u) => u.secondName }],
  ['TITLE', { level: BRIEF, get: () => undefined }],
  ['EMAIL', { level: BASIC, get: (u) => u.email }],
  ['LAST_LOGIN', { level: FULL, get: (u) => (u.lastLogin === null ? undefined : atom(u.lastLogin)) }],
  ['DATE_REGISTER', { level: BRIEF, get: (u) => atom(u.dateRegister) }],
  ['TIME_ZONE', { level: BRIEF, get: () => '' }],
  ['IS_ONLINE', { level: BRIEF, get: (u, _o, now) => (isOnline(u, now) ? 'Y' : 'N') }],
  ['TIMESTAMP_X', { level: BRIEF, get: (u) => atom(u.timestampX) }],
  ['LAST_ACTIVITY_DATE', { level: BRIEF, get: (u) => (u.lastActivity === null ? undefined : atom(u.lastActivity)) }],
  ['PERSONAL_GENDER', { level: BRIEF, get: (u) => u.gender }],
  ['PERSONAL_PROFESSION', { level: BRIEF, get: () => undefined }],
  ['PERSONAL_WWW', { level: FULL, get: (u) => u.website }],
  ['PERSONAL_BIRTHDAY', { level: BRIEF, get: (u) => (u.birthday ? atomDate(u.birthday.year, u.birthday.month, u.birthday.day) : '') }],
  ['PERSONAL_PHOTO', { level: BRIEF, get: (u, origin) => (u.hasAvatar ? avatarUrl(u, origin) : undefined) }],
  ['PERSONAL_PHONE', { level: BASIC, get: () => undefined }],
  ['PERSONAL_MOBILE', { level: BASIC, get: phoneOf('personal_mobile') }],
  ['PERSONAL_CITY', { level: BRIEF, get: (u) => u.personalCity }],
  ['WORK_PHONE', { level: BASIC, get: phoneOf('work_phone') }],
  ['WORK_COMPANY', { level: BASIC, get: () => undefined }],
  ['WORK_POSITION', { level: BRIEF, get: (u) => (u.workPosition === null ? undefined : u.workPosition) }],
  ['UF_EMPLOYMENT_DATE', { level: BRIEF, get: (u) => (u.employmentDate === null ? '' : atom(u.employmentDate)) }],
  ['UF_DEPARTMENT', { level: BRIEF, get: (u) => [...u.departments] }],
  ['UF_PHONE_INNER', { level: BRIEF, get: (u) => phoneOf('inner_phone')(u) || undefined }],
  ['USER_TYPE', { level: BRIEF, get: userTypeOf }],
];

const FIELD_MAP = new Map(USER_FIELDS);

export function isVisibleField(name: string, level: UserScopeLevel): boolean {
  const def = FIELD_MAP.get(name);
  return def !== undefined && def.level <= level;
}

/** The field names a `select` asks for (null = everything visible). */
export function parseSelect(select: unknown): Set<string> | null {
  const list = Array.isArray(select) ? select : typeof select === 'object' && select !== null ? Object.values(select) : null;
  if (!list || list.length === 0) return null;
  const names = new Set<string>();
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const name = item.trim().toUpperCase();
    if (name === '*') return null;
    if (name === 'UF_*') {
      for (const [field] of USER_FIELDS) if (field.startsWith('UF_')) names.add(field);
      continue;
    }
    names.add(name);
  }
  return names;
}

export function userRow(u: PortalUser, level: UserScopeLevel, select: Set<string> | null, origin: string, now: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [name, def] of USER_FIELDS) {
    if (def.level > level) continue;
    if (select && !select.has(name)) continue;
    const value = def.get(u, origin, now);
    if (value !== undefined) row[name] = value;
  }
  return row;
}
