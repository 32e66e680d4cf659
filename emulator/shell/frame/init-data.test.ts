import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../types';
import { buildInitData, refreshAuthReply } from './init-data';

const state: Pick<EmulatorState, 'config' | 'userOptions' | 'appOptions'> = {
  config: {
    lang: 'de',
    placement: 'IM_SIDEBAR',
    placementOptions: { dialogId: 'chat2' },
    install: true,
    isAdmin: false,
    currentUserId: 7,
    bucketEnabled: true,
    presenceChurn: false,
    authExpiresSec: 3600,
    scopes: ['im', 'user'],
  },
  userOptions: { theme: 'dark' },
  appOptions: {},
};
const session = { AUTH_ID: 'a1', AUTH_EXPIRES: 3600, REFRESH_ID: 'r1', MEMBER_ID: 'm1', DOMAIN: 'localhost:5184' };

describe('buildInitData', () => {
  it('fills every field the SDK reads from the state, the session and the page', () => {
    expect(buildInitData({ host: 'localhost:5184', secure: false, session, state, firstRun: true })).toEqual({
      DOMAIN: 'localhost:5184',
      PROTOCOL: 0,
      LANG: 'de',
      PATH: '/rest',
      AUTH_ID: 'a1',
      AUTH_EXPIRES: '3600',
      REFRESH_ID: 'r1',
      MEMBER_ID: 'm1',
      FIRST_RUN: true,
      IS_ADMIN: false,
      INSTALL: true,
      USER_OPTIONS: { theme: 'dark' },
      APP_OPTIONS: [],
      PLACEMENT: 'IM_SIDEBAR',
      PLACEMENT_OPTIONS: { dialogId: 'chat2' },
    });
  });

  it('uses PROTOCOL 1 on https and DEFAULT when no placement is set', () => {
    const data = buildInitData({
      host: 'p.example',
      secure: true,
      session,
      state: { ...state, config: { ...state.config, placement: '' } },
      firstRun: false,
    });
    expect(data.PROTOCOL).toBe(1);
    expect(data.PLACEMENT).toBe('DEFAULT');
  });

  it('prints empty option maps as PHP does: []', () => {
    const empty = { ...state, userOptions: {}, config: { ...state.config, placement: 'DEFAULT', placementOptions: {} } };
    const data = buildInitData({ host: 'p.example', secure: false, session, state: empty, firstRun: false });
    expect(data.USER_OPTIONS).toEqual([]);
    expect(data.APP_OPTIONS).toEqual([]);
    expect(data.PLACEMENT_OPTIONS).toEqual([]);
  });
});

describe('refreshAuthReply', () => {
  it('keeps only the three fields the SDK expects, AUTH_EXPIRES as a numeric string', () => {
    expect(refreshAuthReply(session)).toEqual({ AUTH_ID: 'a1', AUTH_EXPIRES: '3600', REFRESH_ID: 'r1' });
  });
});
