/**
 * user.get / user.search filtering and sorting. Filter keys take the documented prefixes
 * (`>=` `>` `<=` `<` `@` `!@` `%` `=%` `%=` `!%` `!=%` `!%=` `=` `!=` `!`); values may be arrays.
 * Strings compare case-insensitively (MySQL collation); a `%` in a plain value acts as LIKE
 * (docs example `{"NAME":"Ива%"}`); unparseable dates select nothing. Fields the granted scope
 * cannot see are ignored. FIND / NAME_SEARCH (word prefixes of names, position, department names) use
 * the precomputed search index in user-index.ts.
 */
import type { PortalUser } from '../types';
import { parsePortalDate } from './datetime';
import { isRecord, toBool, toInt } from './params';
import { isVisibleField, phoneOf, userTypeOf, type UserScopeLevel } from './user-row';
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
  PERSONAL_MOBILE: { kind: 'string', get: phoneOf('personal_mobile') },
  WORK_PHONE: { kind: 'string', get: phoneOf('work_phone') },
  UF_PHONE_INNER: { kind: 'string', get: phoneOf('inner_phone') },
  TIME_ZONE: { kind: 'string', get: () => '' },
  USER_TYPE: { kind: 'string', get: userTypeOf },
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

type Test = (actual: unknown) => boolean;

function ordered<T extends number | string>(op: Op, a: T, e: T): boolean {
  switch (op) {
    case 'gt': return a > e;
    case 'gte': return a >= e;
    case 'lt': return a < e;
    case 'lte': return a <= e;
    default: return a === e;
  }
}

const textOf = (actual: unknown): string => normalizeText(String(actual ?? ''));

/** One expected value turned into a test of the actual field value (parsed once per request). */
function compileOne(kind: Kind, op: Op, expected: unknown): Test {
  if (kind === 'number' || kind === 'list') {
    const e = toInt(expected);
    return (a) => ordered(op, a as number, e);
  }
  if (kind === 'bool') {
    const e = toBool(expected);
    return (a) => a === e;
  }
  if (kind === 'date') {
    const e = parsePortalDate(expected);
    if (Number.isNaN(e)) return () => false;
    return (a) => a !== null && ordered(op, a as number, e);
  }
  const e = normalizeText(typeof expected === 'string' || typeof expected === 'number' ? String(expected) : '');
  if (op === 'contains') return (a) => textOf(a).includes(e);
  if (op === 'like' || (op === 'eq' && e.includes('%'))) {
    const pattern = likeToRegExp(e);
    return (a) => pattern.test(textOf(a));
  }
  return (a) => ordered(op, textOf(a), e);
}

const POSITIVE: Record<Op, Op> = {
  eq: 'eq', neq: 'eq', gt: 'gt', gte: 'gte', lt: 'lt', lte: 'lte', in: 'eq', nin: 'eq',
  contains: 'contains', ncontains: 'contains', like: 'like', nlike: 'like',
};
const NEGATED = new Set<Op>(['neq', 'nin', 'ncontains', 'nlike']);

/** A condition as a predicate: any expected value matching (any item of a list field) is a hit. */
function compileCondition(cond: Condition): ((u: PortalUser, now: number) => boolean) | null {
  const field = FILTER_FIELDS[cond.field];
  if (!field) return null;
  const tests = asValues(cond.value).map((e) => compileOne(field.kind, POSITIVE[cond.op], e));
  const negated = NEGATED.has(cond.op);
  const anyTest = (a: unknown) => tests.some((t) => t(a));
  return (u, now) => {
    const actual = field.get(u, now);
    const hit = field.kind === 'list' ? (actual as number[]).some(anyTest) : anyTest(actual);
    return negated ? !hit : hit;
  };
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

/** All conditions as one predicate (values parsed once, not per user). */
export function compileFilter(conditions: readonly Condition[]): (u: PortalUser, now: number) => boolean {
  const predicates = conditions.map(compileCondition).filter((p) => p !== null);
  return (u, now) => predicates.every((p) => p(u, now));
}

/** The words of a text, normalised (lower case, ё → е), split on anything but letters and digits. */
export function words(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
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

/** The sort field user.get will use for `field`: its upper-case name when sortable, else ID. */
export function sortFieldName(field: string): string {
  const upper = field.toUpperCase();
  return upper in SORT_GETTERS ? upper : 'ID';
}

/** Sorts in place by a user field (ID ASC for unknown fields), ties by ID ASC. */
export function sortUsers(users: PortalUser[], field: string, desc: boolean): void {
  const get = SORT_GETTERS[sortFieldName(field)];
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
