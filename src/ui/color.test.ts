import { describe, expect, it } from 'vitest';
import { AA_TEXT, AVATAR_PALETTE, avatarColors, contrastRatio, fallbackAvatarColor, parseHex, toHex } from './color';

describe('parseHex / toHex', () => {
  it('reads 6- and 3-digit hex colours and rejects others', () => {
    expect(parseHex('#048bd0')).toEqual([4, 139, 208]);
    expect(parseHex('08D')).toEqual([0, 136, 221]);
    expect(parseHex('red')).toBeNull();
    expect(parseHex('')).toBeNull();
    expect(toHex([4, 139, 208])).toBe('#048bd0');
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 5);
    expect(contrastRatio(parseHex('#777777')!, [255, 255, 255])).toBeCloseTo(4.48, 2);
  });
});

describe('avatarColors', () => {
  const ratio = (c: { background: string; foreground: string }) =>
    contrastRatio(parseHex(c.background)!, parseHex(c.foreground)!);

  it('keeps a dark enough colour with white text', () => {
    expect(avatarColors('#1f4f8f')).toEqual({ background: '#1f4f8f', foreground: '#ffffff' });
  });

  it('uses dark text on a pale colour', () => {
    const c = avatarColors('#f5c23b');
    expect(c.background).toBe('#f5c23b');
    expect(c.foreground).not.toBe('#ffffff');
    expect(ratio(c)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('darkens a mid-tone colour until white text is readable', () => {
    const c = avatarColors('#048bd0');
    expect(c.foreground).toBe('#ffffff');
    expect(c.background).not.toBe('#048bd0');
    expect(ratio(c)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('falls back to the palette by id for a missing or invalid colour', () => {
    expect(avatarColors(null, 3).background).toBe(fallbackAvatarColor(3));
    expect(avatarColors('nonsense', 3).background).toBe(fallbackAvatarColor(3));
  });

  it('gives every palette colour AA contrast', () => {
    for (const c of AVATAR_PALETTE) expect(ratio(avatarColors(c))).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
