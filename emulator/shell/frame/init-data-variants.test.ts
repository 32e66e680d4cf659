import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../types';
import { dispatchFrameCommand, type CommandContext } from './dispatch';
import { buildInitData, refreshAuthReply } from './init-data';
import { phpJsonEncode, phpStringsInitData, phpStringsRefreshReply, setInstallExpected, usesPhpStrings } from './init-data-variants';

const config: EmulatorState['config'] = {
  lang: 'ru',
  placement: 'IM_SIDEBAR',
  placementOptions: { dialogId: 'chat1', URI: '/online/' },
  install: false,
  isAdmin: true,
  currentUserId: 1,
  bucketEnabled: true,
  presenceChurn: false,
  authExpiresSec: 3600,
  scopes: ['im'],
};
const session = { AUTH_ID: 'a1', AUTH_EXPIRES: 3600, REFRESH_ID: 'r1', MEMBER_ID: 'm1', DOMAIN: 'localhost:5184' };
const phpConfig = { ...config, variants: { listTotals: 'reference', ignoreSort: false, initData: 'phpStrings', avatars: 'absolute' } as const };

describe('phpStringsInitData', () => {
  it('prints flags as Y/N, PROTOCOL as a string, AUTH_EXPIRES as a number and PLACEMENT_OPTIONS as PHP JSON', () => {
    const data = buildInitData({ host: 'localhost:5184', secure: false, session, state: { config, userOptions: {}, appOptions: { a: 1 } }, firstRun: false });
    expect(phpStringsInitData(data)).toEqual({
      DOMAIN: 'localhost:5184',
      PROTOCOL: '0',
      LANG: 'ru',
      PATH: '/rest',
      AUTH_ID: 'a1',
      AUTH_EXPIRES: 3600,
      REFRESH_ID: 'r1',
      MEMBER_ID: 'm1',
      FIRST_RUN: 'N',
      IS_ADMIN: 'Y',
      INSTALL: 'N',
      USER_OPTIONS: [],
      APP_OPTIONS: { a: 1 },
      PLACEMENT: 'IM_SIDEBAR',
      PLACEMENT_OPTIONS: '{"dialogId":"chat1","URI":"\\/online\\/"}',
    });
  });

  it('says Y for a first install run and prints empty options as the string "[]"', () => {
    const state = { config: { ...config, install: true, isAdmin: false, placement: 'DEFAULT', placementOptions: {} }, userOptions: {}, appOptions: {} };
    const data = phpStringsInitData(buildInitData({ host: 'p.example', secure: true, session, state, firstRun: true }));
    expect(data).toMatchObject({ PROTOCOL: '1', FIRST_RUN: 'Y', INSTALL: 'Y', IS_ADMIN: 'N', PLACEMENT_OPTIONS: '[]' });
    expect(JSON.parse(data.PLACEMENT_OPTIONS)).toEqual([]);
  });

  it('refreshAuth carries AUTH_EXPIRES as a number', () => {
    expect(phpStringsRefreshReply(refreshAuthReply(session))).toEqual({ AUTH_ID: 'a1', AUTH_EXPIRES: 3600, REFRESH_ID: 'r1' });
  });
});

describe('phpJsonEncode', () => {
  it('escapes slashes and non-ASCII like json_encode, and still parses back', () => {
    const value = { URI: '/online/', title: 'Отдел ё', emoji: '😀' };
    const text = phpJsonEncode(value);
    expect(text).toBe('{"URI":"\\/online\\/","title":"\\u041e\\u0442\\u0434\\u0435\\u043b \\u0451","emoji":"\\ud83d\\ude00"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('setInstall under the variant', () => {
  it('is expected by default, and under phpStrings only after FIRST_RUN "Y"', () => {
    expect(usesPhpStrings(config)).toBe(false);
    expect(setInstallExpected(config, false)).toBe(true);
    expect(usesPhpStrings(phpConfig)).toBe(true);
    expect(setInstallExpected(phpConfig, false)).toBe(false);
    expect(setInstallExpected(phpConfig, true)).toBe(true);
  });

  it('the portal page leaves an unexpected setInstall unanswered', async () => {
    const ctx = { placement: () => ({ placement: 'DEFAULT', placementOptions: {} }), setInstallExpected: () => false } as unknown as CommandContext;
    const answer = await dispatchFrameCommand({ command: 'setInstall', params: { install: true }, callbackId: 'cb', appSid: 'sid' }, ctx);
    expect(answer).toMatchObject({ answered: false });
    const expected = { ...ctx, setInstallExpected: () => true } as CommandContext;
    expect(await dispatchFrameCommand({ command: 'setInstall', params: { install: true }, callbackId: 'cb', appSid: 'sid' }, expected)).toEqual({
      answered: true,
      result: { install: true },
    });
  });
});
