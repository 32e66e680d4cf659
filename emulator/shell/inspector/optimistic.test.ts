import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../types';
import { relaunchNeeded, withConfig, withFaults } from './optimistic';

const state = {
  config: { lang: 'en', placement: 'DEFAULT', placementOptions: {}, install: false, isAdmin: true, currentUserId: 1, bucketEnabled: true, presenceChurn: true, authExpiresSec: 3600, scopes: ['im'] },
  faults: { latencyMs: 0, failNext: null, statusSetFails: false },
} as unknown as EmulatorState;

describe('relaunchNeeded', () => {
  it('reopens the app for launch settings only, not for bucket or churn switches', () => {
    expect(relaunchNeeded({ lang: 'ru' })).toBe(true);
    expect(relaunchNeeded({ currentUserId: 5 })).toBe(true);
    expect(relaunchNeeded({ placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } })).toBe(true);
    expect(relaunchNeeded({ bucketEnabled: false })).toBe(false);
    expect(relaunchNeeded({ presenceChurn: false })).toBe(false);
  });
});

describe('optimistic state', () => {
  it('merges a config patch', () => {
    expect(withConfig(state, { isAdmin: false }).config).toMatchObject({ isAdmin: false, lang: 'en' });
    expect(state.config.isAdmin).toBe(true);
  });

  it('merges a fault patch like the portal does (count 0 clears, latency is whole and ≥ 0)', () => {
    expect(withFaults(state, { latencyMs: 250.7, statusSetFails: true }).faults).toEqual({ latencyMs: 250, failNext: null, statusSetFails: true });
    expect(withFaults(state, { failNext: { count: 3, status: 503 } }).faults.failNext).toEqual({ count: 3, status: 503 });
    expect(withFaults(state, { failNext: { count: 0, status: 500 } }).faults.failNext).toBeNull();
    expect(withFaults(state, { expireTokensNow: true }).faults).toEqual(state.faults);
  });
});
