import { parse, stringify } from 'qs';
import { describe, expect, it } from 'vitest';
import { cmd } from './commands';
import { percentEncode, toQueryString } from './queryString';

/** What the SDK's batch sends for the same params (it calls qs.stringify with its defaults). */
const sdkWay = (params: Record<string, unknown>) => stringify(params);

describe('toQueryString', () => {
  it.each([
    { ID: [4, 5], RESULT_TYPE: 'array' },
    { filter: { ACTIVE: true, USER_TYPE: 'employee', UF_DEPARTMENT: 7, IS_ONLINE: 'Y', NAME_SEARCH: 'Анна Мария' }, sort: 'LAST_NAME', order: 'ASC', start: 50 },
    { FILTER: { FIND: 'O’Brien & Co (QA) 100%' }, start: 0 },
    { DIALOG_ID: 'chat12', OFFSET: 0, LIMIT: 200 },
    { 'filter': { '>=ID': 5, '!@ID': [1, 2], '%=NAME': 'Ив%' } },
    { a: null, b: undefined, c: [], d: {}, e: "x!*()'~", f: false, g: new Date(0), h: [{ x: 1 }, [2, 3]], i: 1.5, k: '😀 é' },
    { OPTIONS: { iconName: 'fa-users', context: 'CHAT' }, LANG_ALL: { ru: { TITLE: 'Люди' }, en: { TITLE: 'People' } } },
    {},
  ])('encodes %j exactly as the SDK does', (params) => {
    expect(toQueryString(params)).toBe(sdkWay(params));
  });

  it('encodes every command the app sends exactly as the SDK does, and the portal reads it back', () => {
    const commands = [
      cmd.me(),
      cmd.person(5),
      cmd.peopleByIds([3, 1, 2]),
      cmd.myStatus(),
      cmd.setMyStatus('dnd'),
      cmd.startIdle(10),
      cmd.chatMemberIds(12),
      cmd.dialogUsers('chat12', { offset: 200, limit: 200 }),
      cmd.recentChats(),
      cmd.employeesPage({ start: 50, sort: { field: 'LAST_ACTIVITY_DATE', order: 'DESC' }, filter: { departmentId: 3, isOnline: true, nameSearch: 'ann' } }),
      cmd.searchPage('Ann Lee', 100),
      cmd.departmentsPage(50),
      cmd.imDepartments([1, 2]),
      cmd.appInfo(),
    ];
    for (const command of commands) {
      const query = toQueryString(command.params);
      expect(query).toBe(sdkWay(command.params));
      // A PHP-style parser gets the same structure back (values as strings, as PHP sees them).
      expect(parse(query)).toEqual(JSON.parse(JSON.stringify(command.params), (_k, v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)));
    }
  });

  it('leaves only unreserved characters unencoded', () => {
    expect(percentEncode('aZ09-._~ []!&=?/#+')).toBe('aZ09-._~%20%5B%5D%21%26%3D%3F%2F%23%2B');
  });
});
