import { describe, expect, it } from 'vitest';
import { nextRowIndex } from './listKeys';

describe('nextRowIndex', () => {
  it('moves by one, stopping at the ends', () => {
    expect(nextRowIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextRowIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextRowIndex('ArrowUp', 1, 3)).toBe(0);
    expect(nextRowIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps a screenful, or to the first and last row', () => {
    expect(nextRowIndex('PageDown', 5, 300, 12)).toBe(17);
    expect(nextRowIndex('PageDown', 295, 300, 12)).toBe(299);
    expect(nextRowIndex('PageUp', 5, 300, 12)).toBe(0);
    expect(nextRowIndex('Home', 150, 300)).toBe(0);
    expect(nextRowIndex('End', 0, 300)).toBe(299);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextRowIndex('Enter', 0, 3)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
