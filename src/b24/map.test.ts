import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  chatFromRecentItem,
  departmentFromImItem,
  departmentFromRow,
  mergePresence,
  parseDateTime,
  parseImBirthday,
  parseRowBirthday,
  peopleFromImUserList,
  personFromImUser,
  personFromUserRow,
  withImFacts,
} from './map';
import { imUser } from './testing';
import type { ImRecentItem, ImUser, UserRow } from './wire';

const ctx = { origin: 'https://portal.example' };

describe('parseDateTime', () => {
  it('parses ATOM datetimes with their offset into epoch ms', () => {
    expect(parseDateTime('2026-03-02T09:30:00+03:00')).toBe(Date.UTC(2026, 2, 2, 6, 30));
  });
  it.each([false, '', '   ', null, undefined, {}, 'not a date', 0])('treats %j as not set', (value) => {
    expect(parseDateTime(value)).toBeNull();
  });
});

describe('absoluteUrl', () => {
  it('resolves portal-relative URLs against the portal origin', () => {
    expect(absoluteUrl('/upload/main/a.png', ctx)).toBe('https://portal.example/upload/main/a.png');
  });
  it('keeps absolute URLs', () => {
    expect(absoluteUrl('https://cdn.example/a.png', ctx)).toBe('https://cdn.example/a.png');
  });
  it('drops empty values and the blank placeholder', () => {
    expect(absoluteUrl('', ctx)).toBeNull();
    expect(absoluteUrl(null, ctx)).toBeNull();
    expect(absoluteUrl('/bitrix/js/im/images/blank.gif', ctx)).toBeNull();
  });
});

describe('birthdays', () => {
  it('reads im "DD-MM"', () => {
    expect(parseImBirthday('07-11')).toEqual({ day: 7, month: 11 });
    expect(parseImBirthday('')).toBeNull();
    expect(parseImBirthday(false)).toBeNull();
    expect(parseImBirthday('32-01')).toBeNull();
  });
  it('reads the date part of a user.get ATOM birthday without shifting time zones', () => {
    expect(parseRowBirthday('1990-05-14T00:00:00+03:00')).toEqual({ day: 14, month: 5 });
    expect(parseRowBirthday('')).toBeNull();
  });
});

describe('personFromImUser', () => {
  const wire = imUser({
    id: 5,
    name: 'Иван <b>Петров</b>',
    first_name: 'Иван',
    last_name: 'Петров',
    work_position: null,
    color: '#048bd0',
    avatar: '/upload/main/avatar.png',
    avatar_hr: '/upload/main/avatar_hr.png',
    gender: 'M',
    birthday: '14-05',
    status: 'dnd',
    idle: '2026-03-02T09:00:00+03:00',
    last_activity_date: '2026-03-02T09:30:00+03:00',
    mobile_last_date: false,
    desktop_last_date: '2026-03-01T18:00:00+00:00',
    absent: false,
    departments: [10, 7],
    phones: { work_phone: '+71234567890', inner_phone: '21' },
    email: 'user@example.ru',
    extranet: true,
  });

  it('maps every field to the domain shape', () => {
    expect(personFromImUser(wire, ctx)).toEqual({
      id: 5,
      name: 'Иван <b>Петров</b>',
      firstName: 'Иван',
      lastName: 'Петров',
      position: null,
      departmentIds: [10, 7],
      avatarUrl: 'https://portal.example/upload/main/avatar.png',
      color: '#048bd0',
      email: 'user@example.ru',
      phones: { work: '+71234567890', inner: '21' },
      birthday: { day: 14, month: 5 },
      gender: 'M',
      isExtranet: true,
      isBot: false,
      presence: {
        source: 'im',
        status: 'dnd',
        idleSince: Date.UTC(2026, 2, 2, 6, 0),
        lastActivityAt: Date.UTC(2026, 2, 2, 6, 30),
        mobileLastAt: null,
        desktopLastAt: Date.UTC(2026, 2, 1, 18, 0),
        absentUntil: null,
        onlineFlag: null,
      },
    });
  });

  it('keeps HTML in names as plain text', () => {
    expect(personFromImUser(wire).name).toBe('Иван <b>Петров</b>');
  });

  it('turns "" and false into null and unknown statuses into null', () => {
    const person = personFromImUser(imUser({ id: 6, work_position: '', email: '', color: '', status: 'invisible', phones: false }));
    expect(person.position).toBeNull();
    expect(person.email).toBeNull();
    expect(person.color).toBeNull();
    expect(person.phones).toEqual({});
    expect(person.presence.status).toBeNull();
    expect(person.avatarUrl).toBeNull(); // "" avatar and the blank.gif avatar_hr
  });

  it('builds a name from first and last name when the display name is empty', () => {
    expect(personFromImUser(imUser({ id: 7, name: '', first_name: 'Anna', last_name: 'Ivanova' })).name).toBe('Anna Ivanova');
  });
});

describe('peopleFromImUserList', () => {
  it('accepts the array form and the object keyed by id', () => {
    const a = imUser({ id: 1 });
    const b = imUser({ id: 2 });
    expect(peopleFromImUserList([a, b]).map((p) => p.id)).toEqual([1, 2]);
    expect(peopleFromImUserList({ '1': a, '2': b }).map((p) => p.id)).toEqual([1, 2]);
    expect(peopleFromImUserList([])).toEqual([]);
  });
});

const row: UserRow = {
  ID: '12',
  ACTIVE: true,
  NAME: 'Anna',
  LAST_NAME: 'Ivanova',
  WORK_POSITION: 'Designer',
  PERSONAL_PHOTO: '',
  PERSONAL_GENDER: 'F',
  PERSONAL_BIRTHDAY: '1991-02-03T00:00:00+03:00',
  IS_ONLINE: 'Y',
  LAST_ACTIVITY_DATE: '2026-03-02T09:30:00+03:00',
  UF_DEPARTMENT: [3],
  USER_TYPE: 'employee',
  WORK_PHONE: '',
  UF_PHONE_INNER: '105',
};

describe('personFromUserRow', () => {
  it('maps an UPPERCASE row with string ID to a directory person', () => {
    const person = personFromUserRow(row, ctx);
    expect(person).toMatchObject({
      id: 12,
      name: 'Anna Ivanova',
      position: 'Designer',
      departmentIds: [3],
      avatarUrl: null,
      color: null,
      email: null,
      phones: { inner: '105' },
      birthday: { day: 3, month: 2 },
      gender: 'F',
      isExtranet: false,
    });
    expect(person.presence).toEqual({
      source: 'directory',
      status: null,
      idleSince: null,
      lastActivityAt: Date.UTC(2026, 2, 2, 6, 30),
      mobileLastAt: null,
      desktopLastAt: null,
      absentUntil: null,
      onlineFlag: true,
    });
  });

  it('reads IS_ONLINE "N" as false and tolerates an object LAST_ACTIVITY_DATE', () => {
    const person = personFromUserRow({ ...row, IS_ONLINE: 'N', LAST_ACTIVITY_DATE: {} as Record<string, never> });
    expect(person.presence.onlineFlag).toBe(false);
    expect(person.presence.lastActivityAt).toBeNull();
  });

  it('marks extranet users', () => {
    expect(personFromUserRow({ ...row, USER_TYPE: 'extranet' }).isExtranet).toBe(true);
  });
});

describe('mergePresence / withImFacts', () => {
  const directory = personFromUserRow(row, ctx);
  const im = personFromImUser(
    imUser({ id: 12, name: 'Anna Ivanova', status: 'away', idle: false, last_activity_date: '2026-03-02T10:00:00+03:00', avatar: 'https://cdn.example/a.png' }),
    ctx,
  );

  it('lets im facts win and keeps the directory IS_ONLINE flag', () => {
    const merged = mergePresence(directory.presence, im.presence);
    expect(merged.source).toBe('im');
    expect(merged.status).toBe('away');
    expect(merged.lastActivityAt).toBe(Date.UTC(2026, 2, 2, 7, 0));
    expect(merged.onlineFlag).toBe(true);
  });

  it('treats null in newer im facts as meaningful (no longer idle)', () => {
    const idle = personFromImUser(imUser({ id: 12, idle: '2026-03-02T09:00:00+03:00' })).presence;
    const notIdle = personFromImUser(imUser({ id: 12, idle: false })).presence;
    expect(mergePresence(idle, notIdle).idleSince).toBeNull();
  });

  it('does not let directory facts erase im facts', () => {
    const merged = mergePresence(im.presence, directory.presence);
    expect(merged.source).toBe('im');
    expect(merged.status).toBe('away');
    expect(merged.onlineFlag).toBe(true);
  });

  it('enriches a directory person with the im object', () => {
    const person = withImFacts(directory, im);
    expect(person.avatarUrl).toBe('https://cdn.example/a.png');
    expect(person.color).toBe('#048bd0');
    expect(person.position).toBe('Designer'); // im has "" → keeps the directory value
    expect(person.phones).toEqual({ inner: '105' });
    expect(person.presence.status).toBe('away');
  });

  it('ignores an im object of someone else', () => {
    expect(withImFacts(directory, { ...im, id: 99 })).toBe(directory);
  });
});

describe('departments', () => {
  it('maps department.get rows (string ids, optional parent and head)', () => {
    expect(departmentFromRow({ ID: '15', NAME: 'R&D', SORT: 500, PARENT: '1', UF_HEAD: '7' })).toEqual({
      id: 15,
      name: 'R&D',
      parentId: 1,
      headUserId: 7,
    });
    expect(departmentFromRow({ ID: '1', NAME: 'Company', SORT: 100, UF_HEAD: '0' })).toEqual({
      id: 1,
      name: 'Company',
      parentId: null,
      headUserId: null,
    });
  });

  it('maps im.department.get items', () => {
    expect(departmentFromImItem({ id: 3, name: 'Sales', full_name: 'Sales / portal', manager_user_id: 0 })).toEqual({
      id: 3,
      name: 'Sales',
      parentId: null,
      headUserId: null,
    });
  });
});

describe('chatFromRecentItem', () => {
  const base: ImRecentItem = {
    id: 'chat12',
    chat_id: 12,
    type: 'chat',
    avatar: { url: '', color: '#ab7761' },
    title: 'Team',
    message: { id: 1, text: 'hi', date: '2026-03-02T09:30:00+03:00', author_id: 1 },
    date_update: '2026-03-01T00:00:00+03:00',
  };

  it('maps a group chat', () => {
    expect(chatFromRecentItem(base, ctx)).toEqual({
      dialogId: 'chat12',
      chatId: 12,
      type: 'chat',
      title: 'Team',
      avatarUrl: null,
      color: '#ab7761',
      userId: null,
      lastMessageAt: Date.UTC(2026, 2, 2, 6, 30),
    });
  });

  it('maps a 1:1 dialog (numeric id, chat maybe not created yet)', () => {
    const chat = chatFromRecentItem({ ...base, id: 47, chat_id: 0, type: 'user', title: 'Anna', message: null }, ctx);
    expect(chat).toMatchObject({ dialogId: '47', chatId: null, type: 'user', userId: 47 });
    expect(chat.lastMessageAt).toBe(Date.UTC(2026, 1, 28, 21, 0));
  });
});

describe('im user objects as other portals print them', () => {
  /** The object with every optional field absent: only what no portal can leave out. */
  const bare = { id: '9', name: 'Anna Lee' } as unknown as ImUser;

  it('reads a string id and missing optional fields', () => {
    expect(personFromImUser(bare, ctx)).toEqual({
      id: 9,
      name: 'Anna Lee',
      firstName: '',
      lastName: '',
      position: null,
      departmentIds: [],
      avatarUrl: null,
      color: null,
      email: null,
      phones: {},
      birthday: null,
      gender: null,
      isExtranet: false,
      isBot: false,
      presence: { source: 'im', status: null, idleSince: null, lastActivityAt: null, mobileLastAt: null, desktopLastAt: null, absentUntil: null, onlineFlag: null },
    });
  });

  it.each([false, null, ''])('reads %j in every optional field as not set', (empty) => {
    const wire = {
      id: 9,
      name: 'Anna Lee',
      first_name: empty,
      last_name: empty,
      work_position: empty,
      color: empty,
      avatar: empty,
      avatar_hr: empty,
      gender: empty,
      birthday: empty,
      extranet: empty,
      bot: empty,
      status: empty,
      idle: empty,
      last_activity_date: empty,
      mobile_last_date: empty,
      desktop_last_date: empty,
      absent: empty,
      departments: empty,
      phones: empty,
      email: empty,
    } as unknown as ImUser;
    expect(personFromImUser(wire, ctx)).toEqual(personFromImUser(bare, ctx));
  });

  it('reads departments as strings or one value, phones as [] and flags as "Y"', () => {
    const person = personFromImUser({ ...bare, departments: ['10', '7'], phones: [], extranet: 'Y', bot: 1 } as unknown as ImUser);
    expect(person.departmentIds).toEqual([10, 7]);
    expect(person.phones).toEqual({});
    expect(person.isExtranet).toBe(true);
    expect(person.isBot).toBe(true);
    expect(personFromImUser({ ...bare, departments: 10 } as unknown as ImUser).departmentIds).toEqual([10]);
  });

  it.each([
    ['2026-03-02T09:30:00+03:00', Date.UTC(2026, 2, 2, 6, 30)],
    ['2026-03-02T06:30:00Z', Date.UTC(2026, 2, 2, 6, 30)],
    ['2026-03-02T09:30:00', new Date(2026, 2, 2, 9, 30).getTime()],
  ])('reads dates like %j', (date, ms) => {
    const presence = personFromImUser({ ...bare, last_activity_date: date, idle: date, absent: date } as unknown as ImUser).presence;
    expect([presence.lastActivityAt, presence.idleSince, presence.absentUntil]).toEqual([ms, ms, ms]);
  });

  it.each([
    ['online', 'online'],
    ['DND', 'dnd'],
    [' away ', 'away'],
    ['break', 'break'],
    ['offline', null],
    ['invisible', null],
    [7, null],
  ])('reads status %j as %j', (status, expected) => {
    expect(personFromImUser({ ...bare, status } as unknown as ImUser).presence.status).toBe(expected);
  });

  it.each([
    ['/upload/a.png', '', 'https://portal.example/upload/a.png'],
    ['//cdn.example/a.png', '', 'https://cdn.example/a.png'],
    ['', '/upload/hr.png', 'https://portal.example/upload/hr.png'],
    ['', '/bitrix/js/im/images/blank.gif', null],
    ['/bitrix/js/im/images/blank.gif?v=2', '', null],
    ['https://portal.example/bitrix/images/blank.gif', false, null],
    [null, null, null],
    ['1234', '', null],
    ['javascript:alert(1)', '', null],
  ])('reads avatar %j / avatar_hr %j as %j', (avatar, avatarHr, url) => {
    expect(personFromImUser({ ...bare, avatar, avatar_hr: avatarHr } as unknown as ImUser, ctx).avatarUrl).toBe(url);
  });

  it.each([
    ['14-05', { day: 14, month: 5 }],
    [false, null],
    ['', null],
    ['1990-05-14', { day: 14, month: 5 }],
  ])('reads birthday %j', (birthday, expected) => {
    expect(personFromImUser({ ...bare, birthday } as unknown as ImUser).birthday).toEqual(expected);
  });

  it('reads the im.search.user.list shapes: an object keyed by id, or [] when nothing was found', () => {
    expect(peopleFromImUserList({ '103': { ...bare, id: 103 } as ImUser }).map((p) => p.id)).toEqual([103]);
    expect(peopleFromImUserList([])).toEqual([]);
    expect(peopleFromImUserList(null)).toEqual([]);
    expect(peopleFromImUserList(false)).toEqual([]);
  });
});

describe('user rows as other portals print them', () => {
  it('reads lower-case keys, a numeric ID and boolean IS_ONLINE', () => {
    const person = personFromUserRow({ id: 4, name: 'Bo', last_name: 'Li', is_online: true, uf_department: '3' } as unknown as UserRow);
    expect(person).toMatchObject({ id: 4, name: 'Bo Li', departmentIds: [3], presence: { onlineFlag: true } });
  });

  it('reads a missing WORK_POSITION and IS_ONLINE as unknown, and PERSONAL_PHOTO file ids as no photo', () => {
    const person = personFromUserRow({ ID: '4', NAME: 'Bo', PERSONAL_PHOTO: '556' } as unknown as UserRow, ctx);
    expect(person.position).toBeNull();
    expect(person.presence.onlineFlag).toBeNull();
    expect(person.avatarUrl).toBeNull();
  });

  it('reads PERSONAL_BIRTHDAY in the site format and LAST_ACTIVITY_DATE without a zone', () => {
    const person = personFromUserRow({ ID: '4', PERSONAL_BIRTHDAY: '03.02.1991', LAST_ACTIVITY_DATE: '2026-03-02 09:30:00' } as unknown as UserRow);
    expect(person.birthday).toEqual({ day: 3, month: 2 });
    expect(person.presence.lastActivityAt).toBe(new Date(2026, 2, 2, 9, 30).getTime());
  });
});

describe('recent items as other portals print them', () => {
  it('takes the chat id from "chatN" when chat_id is missing, and the type from the id', () => {
    expect(chatFromRecentItem({ id: 'chat7', title: 'T' } as unknown as ImRecentItem)).toMatchObject({ dialogId: 'chat7', chatId: 7, type: 'chat', userId: null });
    expect(chatFromRecentItem({ id: '12', user: { id: 12, name: 'Anna' } } as unknown as ImRecentItem)).toMatchObject({
      dialogId: '12',
      type: 'user',
      userId: 12,
      title: 'Anna',
    });
  });
});
