import { describe, expect, it } from 'vitest';
import { countOrNull, flagOrNull, idList, idOrNull, listItems, mapOrEmpty, parseBirthday, parseDateTime, textOrNull, upperKeys } from './scalars';

describe('idOrNull', () => {
  it.each([
    [5, 5],
    ['5', 5],
    [' 12 ', 12],
  ])('reads %j as %i', (value, id) => expect(idOrNull(value)).toBe(id));

  it.each([0, -3, '0', '', '  ', 'chat5', '5a', 1.5, null, undefined, false, true, {}, [], Number.NaN, 2 ** 60])(
    'rejects %j',
    (value) => expect(idOrNull(value)).toBeNull(),
  );
});

describe('idList', () => {
  it.each([
    [[10, 7], [10, 7]],
    [['10', '7'], [10, 7]],
    [10, [10]],
    ['10', [10]],
    ['7,5', [7, 5]],
    [{ '0': 7, '1': '5' }, [7, 5]],
    [[7, 7, '7', 0, 'x', null], [7]],
  ])('reads %j as %j', (value, ids) => expect(idList(value)).toEqual(ids));

  it.each([undefined, null, false, '', [], {}])('reads %j as no ids', (value) => expect(idList(value)).toEqual([]));
});

describe('flagOrNull', () => {
  it.each([true, 'Y', 'y', ' Y ', 1, '1', 'true', 'TRUE', 'yes'])('reads %j as true', (value) => expect(flagOrNull(value)).toBe(true));
  it.each([false, 'N', 'n', 0, '0', 'false', 'no', ''])('reads %j as false', (value) => expect(flagOrNull(value)).toBe(false));
  it.each([null, undefined, 2, 'maybe', {}, []])('does not guess %j', (value) => expect(flagOrNull(value)).toBeNull());
});

describe('countOrNull', () => {
  it('reads numbers and numeric strings', () => {
    expect(countOrNull(120)).toBe(120);
    expect(countOrNull('120')).toBe(120);
    expect(countOrNull(0)).toBe(0);
  });
  it.each([-1, 1.5, '', '12a', null, undefined, [], {}])('rejects %j', (value) => expect(countOrNull(value)).toBeNull());
});

describe('textOrNull', () => {
  it('keeps text as sent and drops empty values', () => {
    expect(textOrNull('Anna <b>')).toBe('Anna <b>');
    for (const empty of ['', '  ', null, false, undefined, 0, {}]) expect(textOrNull(empty)).toBeNull();
  });
});

describe('parseDateTime', () => {
  const utc = Date.UTC(2026, 2, 2, 6, 30);

  it.each([
    ['2026-03-02T09:30:00+03:00', utc],
    ['2026-03-02T09:30:00+0300', utc],
    ['2026-03-02T06:30:00Z', utc],
    ['2026-03-02T06:30:00.000Z', utc],
    ['2026-03-02 09:30:00+03:00', utc],
    [1772433000, utc],
    ['1772433000', utc],
    [1772433000000, utc],
  ])('reads %j with its zone', (value, ms) => expect(parseDateTime(value)).toBe(ms));

  it('reads a datetime without a zone, or in the site format, as local time', () => {
    const local = new Date(2026, 2, 2, 9, 30).getTime();
    expect(parseDateTime('2026-03-02T09:30:00')).toBe(local);
    expect(parseDateTime('2026-03-02 09:30:00')).toBe(local);
    expect(parseDateTime('02.03.2026 09:30:00')).toBe(local);
    expect(parseDateTime('02.03.2026')).toBe(new Date(2026, 2, 2).getTime());
  });

  it.each([false, '', '  ', null, undefined, {}, [], 'not a date', 0, 5, '0000-00-00 00:00:00', '31.02.2026', '1970-01-01T00:00:00Z'])(
    'treats %j as not set',
    (value) => expect(parseDateTime(value)).toBeNull(),
  );
});

describe('parseBirthday', () => {
  it.each([
    ['14-05', { day: 14, month: 5 }],
    ['7-1', { day: 7, month: 1 }],
    ['1990-05-14T00:00:00+03:00', { day: 14, month: 5 }],
    ['1990-05-14T00:00:00-11:00', { day: 14, month: 5 }],
    ['1990-05-14', { day: 14, month: 5 }],
    ['14.05.1990', { day: 14, month: 5 }],
    ['29-02', { day: 29, month: 2 }],
  ])('reads %j', (value, date) => expect(parseBirthday(value)).toEqual(date));

  it.each([false, '', null, undefined, '32-01', '31-04', '30-02', '14-13', 'soon', 1405])('rejects %j', (value) =>
    expect(parseBirthday(value)).toBeNull(),
  );
});

describe('mapOrEmpty / listItems / upperKeys', () => {
  it('reads a PHP map however it came', () => {
    expect(mapOrEmpty({ dialogId: 'chat1' })).toEqual({ dialogId: 'chat1' });
    expect(mapOrEmpty('{"dialogId":"chat1"}')).toEqual({ dialogId: 'chat1' });
    expect(mapOrEmpty([])).toEqual({});
    expect(mapOrEmpty('[]')).toEqual({});
    for (const nothing of [undefined, null, '', 'garbage', '{broken', 5, true]) expect(mapOrEmpty(nothing)).toEqual({});
  });

  it('reads a list as an array or a PHP object keyed by id', () => {
    expect(listItems([1, 2])).toEqual([1, 2]);
    expect(listItems({ '4': 'a', '5': 'b' })).toEqual(['a', 'b']);
    for (const nothing of [null, false, '', undefined, 3]) expect(listItems(nothing)).toEqual([]);
  });

  it('upper-cases keys, letting upper-case ones win', () => {
    expect(upperKeys({ id: '1', Name: 'A', NAME: 'B', LAST_NAME: 'C' })).toEqual({ ID: '1', NAME: 'B', LAST_NAME: 'C' });
  });
});
