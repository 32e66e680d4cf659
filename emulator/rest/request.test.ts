import { describe, expect, it } from 'vitest';
import { parseQueryString, restMethodFromPath, stripTransportKeys } from './request';

describe('restMethodFromPath', () => {
  it('lower-cases, decodes and drops .json', () => {
    expect(restMethodFromPath('/rest/IM.User.Get.json')).toBe('im.user.get');
    expect(restMethodFromPath('/rest/user.get')).toBe('user.get');
    expect(restMethodFromPath('/rest/%75ser.current')).toBe('user.current');
  });
});

describe('parseQueryString', () => {
  it('reads PHP brackets, big arrays and + as space', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `ID[]=${i}`).join('&');
    const p = parseQueryString(`${ids}&FILTER[>ID]=5&NAME=a+b`);
    expect(Array.isArray(p.ID)).toBe(true);
    expect((p.ID as string[]).length).toBe(60);
    expect(p.FILTER).toEqual({ '>ID': '5' });
    expect(p.NAME).toBe('a b');
  });
});

describe('stripTransportKeys', () => {
  it('drops auth and bx24_* markers', () => {
    expect(stripTransportKeys({ auth: 'x', bx24_request_id: '1', bx24_sdk_ver: '2.2.0', ID: 1 })).toEqual({ ID: 1 });
  });
});
