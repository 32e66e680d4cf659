/**
 * Expected wire shapes, written down from /work/shared/reference/bitrix24-rest.md and the
 * Bitrix24 REST docs examples it cites: key lists in order and per-field type checks.
 * `problems*()` return human-readable mismatches (empty = conforms), so a failing test says why.
 */

export const ATOM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

export const TIME_KEYS = ['start', 'finish', 'duration', 'processing', 'date_start', 'date_finish', 'operating_reset_at', 'operating'];

/** §1.1, order of the docs' examples (im.dialog.users.list / im.recent.list) */
export const IM_USER_KEYS = [
  'id', 'active', 'name', 'first_name', 'last_name', 'work_position', 'color', 'avatar', 'avatar_hr', 'gender', 'birthday',
  'extranet', 'network', 'bot', 'connector', 'external_auth_id', 'status', 'idle', 'last_activity_date', 'mobile_last_date',
  'desktop_last_date', 'absent', 'departments', 'phones', 'bot_data', 'type', 'website', 'email',
];

/** §3.4 reduced variant */
export const IM_SEARCH_USER_KEYS = [
  'id', 'name', 'first_name', 'last_name', 'work_position', 'color', 'avatar', 'gender', 'birthday', 'extranet', 'network',
  'bot', 'connector', 'external_auth_id', 'status', 'idle', 'last_activity_date', 'mobile_last_date', 'departments', 'absent', 'phones',
];

export const PHONE_KEYS = ['work_phone', 'personal_mobile', 'inner_phone', 'personal_phone'];
export const CHOSEN_STATUSES = ['online', 'dnd', 'away', 'break'];

export const IM_DEPARTMENT_KEYS = ['id', 'name', 'full_name', 'manager_user_id'];

export const RECENT_RESULT_KEYS = ['items', 'hasMorePages', 'hasMore', 'copilot', 'messagesAutoDeleteConfigs'];
export const RECENT_USER_ITEM_KEYS = [
  'id', 'chat_id', 'type', 'avatar', 'title', 'message', 'counter', 'last_id', 'pinned', 'unread', 'has_reminder',
  'date_update', 'date_last_activity', 'user', 'chat', 'options',
];
export const RECENT_CHAT_ITEM_KEYS = [
  'id', 'chat_id', 'type', 'avatar', 'title', 'message', 'counter', 'last_id', 'pinned', 'unread', 'has_reminder',
  'date_update', 'date_last_activity', 'chat', 'user', 'options',
];
export const RECENT_MESSAGE_KEYS = ['id', 'text', 'file', 'author_id', 'attach', 'sticker', 'date', 'status', 'uuid'];
export const RECENT_CHAT_KEYS = [
  'id', 'parent_chat_id', 'parent_message_id', 'name', 'owner', 'extranet', 'contains_collaber', 'avatar', 'color', 'type',
  'entity_type', 'entity_id', 'entity_data_1', 'entity_data_2', 'entity_data_3', 'mute_list', 'manager_list', 'date_create',
  'message_type', 'user_counter', 'restrictions', 'role', 'text_field_enabled', 'background_id', 'entity_link', 'permissions', 'public',
];

/** api-reference/user/user-scope.md: fields each scope version may return */
export const USER_BRIEF_FIELDS = [
  'ID', 'XML_ID', 'ACTIVE', 'USER_TYPE', 'IS_ONLINE', 'TIME_ZONE', 'DATE_REGISTER', 'TIMESTAMP_X', 'LAST_ACTIVITY_DATE', 'NAME',
  'LAST_NAME', 'SECOND_NAME', 'TITLE', 'WORK_POSITION', 'UF_DEPARTMENT', 'UF_PHONE_INNER', 'PERSONAL_CITY', 'PERSONAL_STATE',
  'PERSONAL_COUNTRY', 'WORK_CITY', 'WORK_STATE', 'WORK_COUNTRY', 'PERSONAL_PHOTO', 'PERSONAL_BIRTHDAY', 'PERSONAL_GENDER',
  'PERSONAL_PROFESSION', 'UF_SKILLS', 'UF_INTERESTS', 'UF_EMPLOYMENT_DATE', 'UF_TIMEMAN',
];
export const USER_BASIC_EXTRA = [
  'WORK_COMPANY', 'WORK_DEPARTMENT', 'EMAIL', 'PERSONAL_PHONE', 'PERSONAL_MOBILE', 'PERSONAL_FAX', 'PERSONAL_PAGER', 'PERSONAL_MAILBOX',
  'WORK_PHONE', 'WORK_FAX', 'WORK_PAGER', 'WORK_MAILBOX', 'WORK_WWW', 'UF_SKYPE', 'UF_SKYPE_LINK', 'UF_ZOOM', 'UF_TWITTER',
  'UF_FACEBOOK', 'UF_LINKEDIN', 'UF_XING', 'UF_WEB_SITES', 'PERSONAL_STREET', 'PERSONAL_ZIP', 'WORK_STREET', 'WORK_ZIP',
  'UF_DISTRICT', 'PERSONAL_NOTES', 'WORK_PROFILE', 'WORK_LOGO', 'WORK_NOTES',
];
export const USER_FULL_EXTRA = ['LAST_LOGIN', 'PERSONAL_WWW', 'PERSONAL_ICQ'];
/** keys present in every row of the docs' user.get example */
export const USER_ROW_ALWAYS = ['ID', 'ACTIVE', 'NAME', 'LAST_NAME', 'IS_ONLINE', 'UF_DEPARTMENT', 'USER_TYPE'];

export const DEPARTMENT_ROW_KEYS = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'];

export const APP_INFO_KEYS = ['ID', 'CODE', 'VERSION', 'STATUS', 'INSTALLED', 'PAYMENT_EXPIRED', 'DAYS', 'LANGUAGE_ID', 'LICENSE', 'LICENSE_TYPE', 'LICENSE_FAMILY'];
export const PROFILE_KEYS = ['ID', 'ADMIN', 'NAME', 'LAST_NAME', 'PERSONAL_GENDER', 'PERSONAL_PHOTO', 'TIME_ZONE'];
export const PLACEMENT_ITEM_KEYS = ['placement', 'userId', 'handler', 'options', 'title', 'description', 'langAll'];
export const BATCH_RESULT_KEYS = ['result', 'result_error', 'result_total', 'result_next', 'result_time'];

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const dateOrFalse = (v: unknown) => v === false || (typeof v === 'string' && ATOM.test(v));

export function problemsTime(time: unknown): string[] {
  if (!isObj(time)) return ['time is not an object'];
  const out: string[] = [];
  if (JSON.stringify(Object.keys(time)) !== JSON.stringify(TIME_KEYS)) out.push(`time keys ${Object.keys(time).join(',')}`);
  for (const k of ['start', 'finish', 'duration', 'processing', 'operating_reset_at', 'operating']) {
    if (typeof time[k] !== 'number') out.push(`time.${k} not a number`);
  }
  for (const k of ['date_start', 'date_finish']) if (typeof time[k] !== 'string' || !ATOM.test(time[k] as string)) out.push(`time.${k} not ATOM`);
  return out;
}

export function problemsImUser(u: unknown, variant: 'full' | 'search' = 'full'): string[] {
  if (!isObj(u)) return ['user is not an object'];
  const keys = variant === 'full' ? IM_USER_KEYS : IM_SEARCH_USER_KEYS;
  const out: string[] = [];
  if (JSON.stringify(Object.keys(u)) !== JSON.stringify(keys)) out.push(`keys differ: ${Object.keys(u).join(',')}`);
  const check = (cond: boolean, what: string) => {
    if (!cond) out.push(`${what} (got ${JSON.stringify(u[what.split(' ')[0] ?? ''])})`);
  };
  check(Number.isInteger(u.id), 'id integer');
  for (const k of ['name', 'first_name', 'last_name', 'color', 'avatar', 'gender', 'external_auth_id', 'status']) check(typeof u[k] === 'string', `${k} string`);
  check(u.work_position === null || typeof u.work_position === 'string', 'work_position string|null');
  check(/^#[0-9a-f]{6}$/i.test(String(u.color)), 'color hex');
  check(CHOSEN_STATUSES.includes(String(u.status)), 'status chosen');
  for (const k of ['extranet', 'network', 'bot', 'connector']) check(typeof u[k] === 'boolean', `${k} boolean`);
  for (const k of ['idle', 'last_activity_date', 'mobile_last_date', 'absent']) check(dateOrFalse(u[k]), `${k} ATOM|false`);
  check(Array.isArray(u.departments) && (u.departments as unknown[]).every(Number.isInteger), 'departments int[]');
  const phones = u.phones;
  check(phones === false || (isObj(phones) && Object.keys(phones).length > 0 && Object.entries(phones).every(([k, v]) => PHONE_KEYS.includes(k) && typeof v === 'string')), 'phones object|false');
  if (variant === 'full') {
    check(typeof u.active === 'boolean', 'active boolean');
    check(typeof u.avatar_hr === 'string', 'avatar_hr string');
    check(u.birthday === '' || /^\d{2}-\d{2}$/.test(String(u.birthday)), 'birthday DD-MM|""');
    check(dateOrFalse(u.desktop_last_date), 'desktop_last_date ATOM|false');
    check(u.bot_data === null || isObj(u.bot_data), 'bot_data object|null');
    check(typeof u.type === 'string', 'type string');
    check(typeof u.website === 'string' && typeof u.email === 'string', 'website email strings');
  } else {
    check(u.birthday === false || /^\d{2}-\d{2}$/.test(String(u.birthday)), 'birthday DD-MM|false');
  }
  return out;
}

export function problemsUserRow(row: unknown, allowed: string[]): string[] {
  if (!isObj(row)) return ['row is not an object'];
  const out: string[] = [];
  for (const k of Object.keys(row)) if (!allowed.includes(k)) out.push(`field ${k} not allowed`);
  for (const k of USER_ROW_ALWAYS) if (!(k in row)) out.push(`missing ${k}`);
  if (typeof row.ID !== 'string' || !/^\d+$/.test(row.ID)) out.push('ID not a numeric string');
  if (typeof row.ACTIVE !== 'boolean') out.push('ACTIVE not boolean');
  if (row.IS_ONLINE !== 'Y' && row.IS_ONLINE !== 'N') out.push('IS_ONLINE not Y/N');
  if (!Array.isArray(row.UF_DEPARTMENT)) out.push('UF_DEPARTMENT not an array');
  for (const k of ['DATE_REGISTER', 'TIMESTAMP_X', 'LAST_ACTIVITY_DATE', 'LAST_LOGIN']) {
    if (k in row && !ATOM.test(String(row[k]))) out.push(`${k} not ATOM`);
  }
  return out;
}

export function problemsError(body: unknown, code: string): string[] {
  if (!isObj(body)) return ['error body is not an object'];
  const out: string[] = [];
  if (body.error !== code) out.push(`error ${String(body.error)} != ${code}`);
  if (typeof body.error_description !== 'string') out.push('error_description not a string');
  const extra = Object.keys(body).filter((k) => !['error', 'error_description', 'argument'].includes(k));
  if (extra.length > 0) out.push(`extra keys ${extra.join(',')}`);
  return out;
}
