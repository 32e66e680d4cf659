import { describe, expect, it } from 'vitest';
import { profileUserId, sliderPath } from './open-path';

describe('sliderPath', () => {
  it('resolves the width detour the SDK prepends', () => {
    expect(
      sliderPath({ path: '/crm/type/0/details/0/../../../../../company/personal/user/5/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER' }),
    ).toBe('/company/personal/user/5/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER');
    expect(sliderPath({ path: '/crm/company/requisite/0/../../../../crm/deal/details/7/' })).toBe('/crm/deal/details/7/');
  });

  it('returns null without a path', () => {
    expect(sliderPath({})).toBeNull();
    expect(sliderPath(undefined)).toBeNull();
  });
});

describe('profileUserId', () => {
  it('finds the user of a profile path', () => {
    expect(profileUserId('/company/personal/user/42/?IFRAME=Y')).toBe(42);
    expect(profileUserId('/crm/deal/details/7/')).toBeNull();
  });
});
