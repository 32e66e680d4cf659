import { describe, expect, it } from 'vitest';
import { frameSizeFromParams } from './resize';

describe('frameSizeFromParams', () => {
  it('turns pixel numbers and percentages into CSS lengths', () => {
    expect(frameSizeFromParams({ width: 640, height: 480 })).toEqual({ width: '640px', height: '480px' });
    expect(frameSizeFromParams({ width: '100%', height: 1250 })).toEqual({ width: '100%', height: '1250px' });
    expect(frameSizeFromParams({ width: '300', height: '200px' })).toEqual({ width: '300px', height: '200px' });
  });

  it('rejects missing, zero or nonsense sizes', () => {
    expect(frameSizeFromParams({ width: 0, height: 10 })).toBeNull();
    expect(frameSizeFromParams({ width: 'wide', height: 10 })).toBeNull();
    expect(frameSizeFromParams({ height: 10 })).toBeNull();
    expect(frameSizeFromParams(undefined)).toBeNull();
  });
});
