import { describe, expect, it } from 'vitest';
import { relaunchNeeded } from './optimistic';
import { variantsOf, variantsSummary } from './variants-view';

describe('variantsOf', () => {
  it('fills the defaults when the state leaves the variants out', () => {
    expect(variantsOf({})).toEqual({ listTotals: 'reference', ignoreSort: false, initData: 'reference', avatars: 'absolute' });
  });

  it('keeps what the state says', () => {
    const on = { listTotals: 'omitBoth', ignoreSort: true, initData: 'phpStrings', avatars: 'relative' } as const;
    expect(variantsOf({ variants: on })).toEqual(on);
  });
});

describe('variantsSummary', () => {
  it('is "none" for the defaults and names each switched-on variant', () => {
    expect(variantsSummary(variantsOf({}))).toBe('none');
    expect(variantsSummary({ listTotals: 'omit', ignoreSort: true, initData: 'phpStrings', avatars: 'relative' })).toBe(
      'no total · ID order · PHP-string init data · relative avatars',
    );
    expect(variantsSummary({ ...variantsOf({}), listTotals: 'omitBoth' })).toBe('no total, no next');
  });
});

describe('a variants change in the inspector', () => {
  it('reopens the app (init data and cached answers change with it)', () => {
    expect(relaunchNeeded({ variants: { ...variantsOf({}), listTotals: 'omit' } })).toBe(true);
  });
});
