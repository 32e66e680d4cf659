/**
 * user.get / user.search filtering and sorting. Filter keys take the documented prefixes
 * (`>=` `>` `<=` `<` `@` `!@` `%` `=%` `%=` `!%` `!=%` `!%=` `=` `!=` `!`); values may be arrays.
 * Strings compare case-insensitively (MySQL collation); a `%` in a plain value acts as LIKE
 * (docs example `{"NAME":"Ива%"}`); unparseable dates select nothing. Fields the granted scope
 * cannot see are ignored. FIND / NAME_SEARCH match word prefixes of name, position and department names.
 */
import type { PortalData, PortalUser } from '../types';
import { parsePortalDate } from './datetime';
import { isRecord, toBool, toInt } from './params';
import { isVisibleField, type UserScopeLevel } from './user-row';
import { isOnline } from './visibility';

type Kind = 'number' | 'string' | 'bool' | 'date' | 'list';
type Op = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains' | 'ncontains' | 'like' | 'nlike';

const PREFIXES: ReadonlyArray<readonly [string, Op]> = [
  ['!=%', 'nlike'], ['!%=', 'nlike'], ['>=', 'gte'], ['<=', 'lte'], ['!@', 'nin'], ['!%', 'ncontains'], ['=%', 'like'],
  ['%=', 'like'], ['!=', 'neq'], ['>', 'gt'], ['<', 'lt'], ['@', 'in'], ['%', 'contains'], ['=', 'eq'], ['!', 'neq'],
];

interface FilterField {
  kind: Kind;
  get(u: PortalUser, now: number): unknown;
}

const phone = (key: 'work_phone' | 'personal_mobile' | 'inner_phone') => (u: PortalUser) => (u.phones === false ? '' : (u.phones[key] ?? ''));

const FILTER_FIELDS: Record<string, FilterField> = {
  ID: { kind: 'number', get: (u) => u.id },
  ACTIVE: { kind: 'bool', get: (u) => u.active },
  NAME: { kind: 'string', get: (u) => u.firstName },
  LAST_NAME: { kind: 'string', get: (u) => u.lastName },
  SECOND_NAME: { kind: 'string', get: (u) => u.secondName },
  EMAIL: { kind: 'string', get: (u) => u.email },
  WORK_POSITION: { kind: 'string', get: (u) => u.workPosition ?? '' },
  PERSONAL_GENDER: { kind: 'string', get: (u) => u.gender },
  PERSONAL_CITY: { kind: 'string', get: (u) => u.personalCity },
  PERSONAL_WWW: { kind: 'string', get: (u) => u.website },
  PERSONAL_MOBILE: { kind: 'string', get: phone('personal_mobile') },
  WORK_PHONE: { kind: 'string', get: phone('work_phone') },
  UF_PHONE_INNER: { kind: 'string', get: phone('inner_phone') },
  TIME_ZONE: { kind: 'string', get: () => '' },
  USER_TYPE: { kind: 'string', get: (u) => (u.kind === 'extranet' ? 'extranet' : u.kind === 'email' ? 'email' : 'employee') },
  IS_ONLINE: { kind: 'string', get: (u, now) => (isOnline(u, now) ? 'Y' : 'N') },
  UF_DEPARTMENT: { kind: 'list', get: (u) => u.departments },
  LAST_ACTIVITY_DATE: { kind: 'date', get: (u) => u.lastActivity },
  LAST_LOGIN: { kind: 'date', get: (u) => u.lastLogin },
  DATE_REGISTER: { kind: 'date', get: (u) => u.dateRegister },
  TIMESTAMP_X: { kind: 'date', get: (u) => u.timestampX },
  UF_EMPLOYMENT_DATE: { kind: 'date', get: (u) => u.employmentDate },
  PERSONAL_BIRTHDAY: {
    kind: 'date',
    get: (u) => (u.birthday ? parsePortalDate(`${u.birthday.year}-${String(u.birthday.month).padStart(2, '0')}-${String(u.birthday.day).padStart(2, '0')}`) : null),
  },
};

/** Always usable, whatever the user scope version (documented filter extras). */
const ALWAYS_FILTERABLE = new Set(['ID', 'ACTIVE', 'USER_TYPE', 'IS_ONLINE', 'UF_DEPARTMENT']);

export interface Condition {
  field: string;
  op: Op;
  value: unknown;
}

export function parseFilterKey(key: string): { field: string; op: Op } {
  for (const [prefix, op] of PREFIXES) {
    if (key.startsWith(prefix)) return { field: key.slice(prefix.length).toUpperCase(), op };
  }
  return { field: key.toUpperCase(), op: 'eq' };
}

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

function likeToRegExp(pattern: string): RegExp {
  const escaped = normalizeText(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/%/g, '.*').replace(/_/g, '.')}$`, 's');
}

function asValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isRecord(value)) return Object.values(value);
  return [value];
}

function compareOne(kind: Kind, actual: unknown, op: Op, expected: unknown): boolean {
  if (kind === 'number') {
    const a = actual as number;
    const e = toInt(expected);
    switch (op) {
      case 'gt': return a > e;
      case 'gte': return a >= e;
      case 'lt': return a < e;
      case 'lte': return a <= e;
      default: return a === e;
    }
  }
  if (kind === 'bool') return (actual as boolean) === toBool(expected);
  if (kind === 'date') {
    const e = parsePortalDate(expected);
    if (Number.isNaN(e) || actual === null) return false;
    const a = actual as number;
    switch (op) {
      case 'gt': return a > e;
      case 'gte': return a >= e;
      case 'lt': return a < e;
      case 'lte': return a <= e;
      default: return a === e;
    }
  }
  const a = normalizeText(String(actual ?? ''));
  const e = normalizeText(typeof expected === 'string' || typeof expected === 'number' ? String(expected) : '');
  switch (op) {
    case 'contains': return a.includes(e);
    case 'like': return likeToRegExp(e).test(a);
    case 'gt': return a > e;
    case 'gte': return a >= e;
    case 'lt': return a < e;
    case 'lte': return a <= e;
    default: return e.includes('%') ? likeToRegExp(e).test(a) : a === e;
  }
}

function matches(cond: Condition, field: FilterField, u: PortalUser, now: number): boolean {
  const actual = field.get(u, now);
  const expected = asValues(cond.value);
  const negated = cond.op === 'neq' || cond.op === 'nin' || cond.op === 'ncontains' || cond.op === 'nlike';
  const positiveOp: Op = cond.op === 'neq' || cond.op === 'nin' ? 'eq' : cond.op === 'ncontains' ? 'contains' : cond.op === 'nlike' ? 'like' : cond.op === 'in' ? 'eq' : cond.op;
  const actualValues = field.kind === 'list' ? (actual as number[]) : [actual];
  const itemKind: Kind = field.kind === 'list' ? 'number' : field.kind;
  const hit = actualValues.some((a) => expected.some((e) => compareOne(itemKind, a, positiveOp, e)));
  return negated ? !hit : hit;
}

/** Builds the conditions (ignoring unknown or out-of-scope fields and special keys). */
export function buildConditions(filter: Record<string, unknown>, level: UserScopeLevel): { conditions: Condition[]; nameSearch: string | null } {
  const conditions: Condition[] = [];
  let nameSearch: string | null = null;
  for (const [key, value] of Object.entries(filter)) {
    const { field, op } = parseFilterKey(key);
    if (field === 'NAME_SEARCH') {
      nameSearch = typeof value === 'string' ? value : String(value ?? '');
      continue;
    }
    if (!(field in FILTER_FIELDS)) continue;
    if (!ALWAYS_FILTERABLE.has(field) && !isVisibleField(field, level)) continue;
    if (value === null || value === undefined) continue;
    conditions.push({ field, op, value });
  }
  return { conditions, nameSearch };
}

export function matchesAll(u: PortalUser, conditions: Condition[], now: number): boolean {
  for (const c of conditions) {
    const field = FILTER_FIELDS[c.field];
    if (field && !matches(c, field, u, now)) return false;
  }
  return true;
}

function words(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The searchable text of a user: names, position and department names. */
export function searchContent(u: PortalUser, data: PortalData): string[] {
  const deps = u.departments.map((id) => data.departmentsById.get(id)?.name ?? '');
  return words([u.firstName, u.lastName, u.secondName, u.workPosition ?? '', ...deps].join(' '));
}

/** Every word of the phrase is a prefix of some word of the user's content. */
export function matchesPhrase(u: PortalUser, phrase: string, data: PortalData): boolean {
  const wanted = words(phrase);
  if (wanted.length === 0) return true;
  const content = searchContent(u, data);
  return wanted.every((w) => content.some((c) => c.startsWith(w)));
}

/** Word-prefix match of one field (user.search FILTER keys). */
export function fieldPrefixMatch(text: string, value: string): boolean {
  const wanted = words(value);
  const content = words(text);
  return wanted.every((w) => content.some((c) => c.startsWith(w)));
}

const SORT_GETTERS: Record<string, (u: PortalUser) => string | number> = {
  ID: (u) => u.id,
  NAME: (u) => normalizeText(u.firstName),
  LAST_NAME: (u) => normalizeText(u.lastName),
  SECOND_NAME: (u) => normalizeText(u.secondName),
  EMAIL: (u) => normalizeText(u.email),
  WORK_POSITION: (u) => normalizeText(u.workPosition ?? ''),
  PERSONAL_CITY: (u) => normalizeText(u.personalCity),
  LAST_ACTIVITY_DATE: (u) => u.lastActivity ?? 0,
  LAST_LOGIN: (u) => u.lastLogin ?? 0,
  DATE_REGISTER: (u) => u.dateRegister,
  TIMESTAMP_X: (u) => u.timestampX,
  PERSONAL_BIRTHDAY: (u) => (u.birthday ? u.birthday.year * 10000 + u.birthday.month * 100 + u.birthday.day : 0),
  PERSONAL_GENDER: (u) => u.gender,
  ACTIVE: (u) => (u.active ? 1 : 0),
};

/** Sorts in place by a user field (ID ASC for unknown fields), ties by ID ASC. */
export function sortUsers(users: PortalUser[], field: string, desc: boolean): void {
  const get = SORT_GETTERS[field.toUpperCase()] ?? SORT_GETTERS.ID;
  if (!get) return;
  const dir = desc ? -1 : 1;
  const keyed = users.map((u) => ({ u, k: get(u) }));
  keyed.sort((a, b) => {
    if (a.k < b.k) return -dir;
    if (a.k > b.k) return dir;
    return a.u.id - b.u.id;
  });
  keyed.forEach((entry, i) => {
    users[i] = entry.u;
  });
}
