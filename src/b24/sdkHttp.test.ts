import { describe, expect, it } from 'vitest';
import { withTimeBlock } from './sdkHttp';

describe('withTimeBlock', () => {
  it('adds an empty time block to a success body without a usable one', () => {
    expect(withTimeBlock({ result: 1 })).toEqual({ result: 1, time: {} });
    expect(withTimeBlock({ result: 1, time: [] })).toEqual({ result: 1, time: {} });
    expect(withTimeBlock({ result: 1, time: null })).toEqual({ result: 1, time: {} });
  });

  it('leaves bodies with a time block, error bodies and non-objects alone', () => {
    const ok = { result: 1, time: { operating: 0 } };
    expect(withTimeBlock(ok)).toBe(ok);
    const error = { error: 'ACCESS_DENIED' };
    expect(withTimeBlock(error)).toBe(error);
    for (const other of ['text', null, undefined, [1]]) expect(withTimeBlock(other)).toBe(other);
  });
});
