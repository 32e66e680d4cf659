import { describe, expect, it } from 'vitest';
import { DEFAULT_VARIANTS, mergeVariants, variantsAreDefault } from './variants';

describe('mergeVariants', () => {
  it('applies the valid keys of a patch and keeps the rest', () => {
    const merged = mergeVariants(DEFAULT_VARIANTS, { listTotals: 'omit', avatars: 'relative' });
    expect(merged).toEqual({ listTotals: 'omit', ignoreSort: false, initData: 'reference', avatars: 'relative' });
    expect(mergeVariants(merged, { ignoreSort: true, initData: 'phpStrings' })).toEqual({
      listTotals: 'omit',
      ignoreSort: true,
      initData: 'phpStrings',
      avatars: 'relative',
    });
  });

  it('ignores unknown keys, unknown values and non-objects', () => {
    const on = mergeVariants(DEFAULT_VARIANTS, { listTotals: 'omitBoth' });
    expect(mergeVariants(on, { listTotals: 'sometimes', ignoreSort: 'yes', initData: 1, avatars: null, batchArrays: true })).toEqual(on);
    expect(mergeVariants(on, null)).toEqual(on);
    expect(mergeVariants(on, ['omit'])).toEqual(on);
    expect(mergeVariants(on, 'omit')).toEqual(on);
  });

  it('never changes the object it starts from', () => {
    const start = { ...DEFAULT_VARIANTS };
    mergeVariants(start, { ignoreSort: true });
    expect(start).toEqual(DEFAULT_VARIANTS);
  });
});

describe('variantsAreDefault', () => {
  it('is true for the defaults only', () => {
    expect(variantsAreDefault({ ...DEFAULT_VARIANTS })).toBe(true);
    expect(variantsAreDefault({ ...DEFAULT_VARIANTS, ignoreSort: true })).toBe(false);
    expect(variantsAreDefault({ ...DEFAULT_VARIANTS, avatars: 'relative' })).toBe(false);
  });
});
