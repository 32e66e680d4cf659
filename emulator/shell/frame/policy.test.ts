import { describe, expect, it } from 'vitest';
import { deniedReason, isSliderMode } from './policy';

const defaultPlacement = { placement: 'DEFAULT', placementOptions: {} };
const sidebar = { placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat1' } };
const slider = { placement: 'DEFAULT', placementOptions: { IFRAME: 'Y' } };

describe('deniedReason', () => {
  it('allows everything in the DEFAULT placement', () => {
    for (const command of ['setTitle', 'setScroll', 'reloadWindow', 'resizeWindow']) {
      expect(deniedReason(command, defaultPlacement)).toBeNull();
    }
  });

  it('denies setTitle, setScroll and reloadWindow in other placements', () => {
    expect(deniedReason('setTitle', sidebar)).toMatch(/IM_SIDEBAR/);
    expect(deniedReason('setScroll', sidebar)).not.toBeNull();
    expect(deniedReason('reloadWindow', sidebar)).not.toBeNull();
    expect(deniedReason('resizeWindow', sidebar)).toBeNull();
  });

  it('denies resizeWindow in slider mode only', () => {
    expect(isSliderMode(slider)).toBe(true);
    expect(deniedReason('resizeWindow', slider)).toMatch(/slider/);
    expect(deniedReason('setTitle', slider)).toBeNull();
  });
});
