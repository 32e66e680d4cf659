/**
 * Colour arithmetic for readable text (WCAG 2 relative luminance and contrast ratio) and the
 * colours of an initials avatar.
 */
export type Rgb = [number, number, number];

/** "#048bd0" or "#08d" → [4, 139, 208]; null when not a hex colour. */
export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  let h = m[1]!;
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

export function toHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [0x1f, 0x23, 0x29];
/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

/** Bitrix24-like avatar colours for people whose `color` is unknown; picked by id. */
export const AVATAR_PALETTE = ['#2f6fb5', '#1f7a5c', '#8a4fbf', '#b2482c', '#2a7f99', '#7a6a1f', '#b23a6e', '#4f5d75'];

export function fallbackAvatarColor(id: number): string {
  const i = Math.abs(Math.trunc(id)) % AVATAR_PALETTE.length;
  return AVATAR_PALETTE[i]!;
}

/**
 * Background and text colours for initials on the person's colour, with at least AA contrast:
 * white text when it reaches 4.5:1, else dark ink when that does (pale colours), else the colour
 * is darkened step by step (same hue) until white text reaches 4.5:1.
 */
export function avatarColors(color: string | null, id = 0): { background: string; foreground: string } {
  const rgb = parseHex(color ?? '') ?? parseHex(fallbackAvatarColor(id))!;
  if (contrastRatio(rgb, WHITE) >= AA_TEXT) return { background: toHex(rgb), foreground: '#ffffff' };
  if (contrastRatio(rgb, INK) >= AA_TEXT) return { background: toHex(rgb), foreground: toHex(INK) };
  let cur: Rgb = rgb;
  for (let i = 0; i < 40 && contrastRatio(cur, WHITE) < AA_TEXT; i++) {
    cur = [cur[0] * 0.94, cur[1] * 0.94, cur[2] * 0.94];
  }
  return { background: toHex(cur), foreground: '#ffffff' };
}
