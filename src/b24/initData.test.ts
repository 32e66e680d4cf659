import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_EXPIRES_SEC, installInitDataFix, normaliseInitData, splitReply, type MessageWindow } from './initData';
import { DOCUMENTED_INIT_DATA } from './testing';

describe('normaliseInitData', () => {
  it('leaves the documented reply (and PHP-style [] maps, numbers, strings) alone', () => {
    expect(normaliseInitData(DOCUMENTED_INIT_DATA, true)).toBeNull();
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, PROTOCOL: '1', AUTH_EXPIRES: 3600, USER_OPTIONS: [], APP_OPTIONS: [], PLACEMENT_OPTIONS: '{"a":1}' }, true)).toBeNull();
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, PROTOCOL: 0 }, false)).toBeNull();
  });

  it.each([
    ['N', false],
    ['Y', true],
    ['0', false],
    [0, false],
    [1, true],
    ['', false],
    [null, false],
  ])('turns FIRST_RUN / INSTALL / IS_ADMIN %j into %s', (value, flag) => {
    const fixed = normaliseInitData({ ...DOCUMENTED_INIT_DATA, FIRST_RUN: value, INSTALL: value, IS_ADMIN: value }, true);
    expect(fixed).toMatchObject({ FIRST_RUN: flag, INSTALL: flag, IS_ADMIN: flag });
  });

  it('takes the protocol from the page the reply came from when PROTOCOL is missing or odd', () => {
    const { PROTOCOL: _dropped, ...withoutProtocol } = DOCUMENTED_INIT_DATA;
    expect(normaliseInitData(withoutProtocol, true)).toMatchObject({ PROTOCOL: 1 });
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, PROTOCOL: true }, true)).toMatchObject({ PROTOCOL: 1 });
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, PROTOCOL: 0 }, true)).toMatchObject({ PROTOCOL: 1 });
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, PROTOCOL: 1 }, false)).toMatchObject({ PROTOCOL: 0 });
  });

  it.each([undefined, '', 'soon', 0, -5, null])('gives AUTH_EXPIRES %j a default lifetime', (value) => {
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, AUTH_EXPIRES: value }, true)).toMatchObject({ AUTH_EXPIRES: String(DEFAULT_AUTH_EXPIRES_SEC) });
  });

  it('parses options sent as JSON strings', () => {
    expect(normaliseInitData({ ...DOCUMENTED_INIT_DATA, USER_OPTIONS: '{"theme":"dark"}', APP_OPTIONS: '[]' }, true)).toMatchObject({
      USER_OPTIONS: { theme: 'dark' },
      APP_OPTIONS: {},
    });
  });

  it('fixes a refreshAuth reply’s lifetime only', () => {
    expect(normaliseInitData({ AUTH_ID: 'a', REFRESH_ID: 'r', AUTH_EXPIRES: '3600' }, true)).toBeNull();
    expect(normaliseInitData({ AUTH_ID: 'a', REFRESH_ID: 'r' }, true)).toEqual({ AUTH_ID: 'a', REFRESH_ID: 'r', AUTH_EXPIRES: '3600' });
  });
});

describe('splitReply', () => {
  it('splits "<callbackId>:<json object>"', () => {
    expect(splitReply('80fd9b49-52b6:{"a":"x:y"}')).toEqual({ id: '80fd9b49-52b6', payload: { a: 'x:y' } });
  });
  it.each(['cb:', 'cb:"text"', 'cb:[1]', 'cb:{broken', ':{"a":1}', 5, null, { a: 1 }])('ignores %j', (data) => {
    expect(splitReply(data)).toBeNull();
  });
});

describe('installInitDataFix', () => {
  const ORIGIN = 'https://portal.example';

  /** A window with the fix installed and a listener standing in for the SDK's. */
  function setup() {
    const win = new EventTarget() as unknown as MessageWindow;
    const uninstall = installInitDataFix(win, ORIGIN);
    const seen: Array<{ data: unknown; origin: string }> = [];
    win.addEventListener('message', (event) => {
      const message = event as MessageEvent;
      seen.push({ data: message.data, origin: message.origin });
    });
    const post = (data: unknown, origin = ORIGIN) => win.dispatchEvent(new MessageEvent('message', { data, origin }));
    return { seen, post, uninstall };
  }

  it('hands the SDK a fixed init reply, with the same callback id and origin', () => {
    const { seen, post } = setup();
    post(`cb-1:${JSON.stringify({ ...DOCUMENTED_INIT_DATA, FIRST_RUN: 'N', INSTALL: 'Y', IS_ADMIN: 'N' })}`);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.origin).toBe(ORIGIN);
    const fixed = splitReply(seen[0]?.data);
    expect(fixed?.id).toBe('cb-1');
    expect(fixed?.payload).toMatchObject({ FIRST_RUN: false, INSTALL: true, IS_ADMIN: false });
  });

  it('passes through replies that need no fix, other commands’ replies and other origins untouched', () => {
    const { seen, post } = setup();
    const documented = `cb-1:${JSON.stringify(DOCUMENTED_INIT_DATA)}`;
    const other = `cb-2:{"width":640,"height":480}`;
    const foreign = `cb-3:${JSON.stringify({ ...DOCUMENTED_INIT_DATA, FIRST_RUN: 'N' })}`;
    post(documented);
    post(other);
    post('cb-4:');
    post(foreign, 'https://evil.example');
    expect(seen.map((s) => s.data)).toEqual([documented, other, 'cb-4:', foreign]);
  });

  it('can be removed (the same listener, capture phase)', () => {
    const calls: unknown[][] = [];
    const win = {
      addEventListener: (...args: unknown[]) => void calls.push(['add', ...args]),
      removeEventListener: (...args: unknown[]) => void calls.push(['remove', ...args]),
      dispatchEvent: () => true,
    } as unknown as MessageWindow;
    installInitDataFix(win, ORIGIN)();
    expect(calls).toEqual([
      ['add', 'message', expect.any(Function), true],
      ['remove', 'message', calls[0]?.[2], true],
    ]);
  });
});
