import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from './color';

// Read the stylesheet as text (Vitest empties CSS modules, `?raw` included). The specifier is
// built at run time so the app's type-check does not need Node's types.
const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as {
  readFileSync(path: URL, encoding: 'utf8'): string;
};
const css = fs.readFileSync(new URL('../index.css', import.meta.url), 'utf8');

/** `--color-name: #hex;` declarations of one block of index.css. */
function tokens(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)) out[m[1]!] = m[2]!;
  return out;
}

const lightBlock = css.slice(css.indexOf('@theme {'), css.indexOf('@layer theme'));
const darkBlock = css.slice(css.indexOf('prefers-color-scheme: dark'), css.indexOf('@layer base'));
const themes = { light: tokens(lightBlock), dark: { ...tokens(lightBlock), ...tokens(darkBlock) } };

const TEXT_PAIRS: [fg: string, bg: string][] = [
  ['ink', 'page'],
  ['ink', 'surface'],
  ['ink', 'surface-alt'],
  ['muted', 'page'],
  ['muted', 'surface'],
  ['muted', 'surface-alt'],
  ['primary-ink', 'surface'],
  ['primary-ink', 'page'],
  ['success-ink', 'surface'],
  ['warning-ink', 'surface'],
  ['alert-ink', 'surface'],
  ['alert-ink', 'alert-soft'],
  ['on-fill', 'primary-fill'],
  ['on-fill', 'alert-fill'],
  ['ink', 'primary-soft'],
];

const SHAPE_PAIRS: [fg: string, bg: string][] = [
  ['control-off', 'surface'],
  ['primary', 'surface'],
  ['focus', 'surface'],
  ['focus', 'page'],
];

const ratio = (t: Record<string, string>, a: string, b: string) => contrastRatio(parseHex(t[a]!)!, parseHex(t[b]!)!);

describe.each(Object.entries(themes))('%s theme tokens', (_name, t) => {
  it('defines the Air accents and surfaces', () => {
    for (const key of ['page', 'surface', 'ink', 'muted', 'line', 'primary', 'success', 'warning', 'alert']) {
      expect(t[key], key).toMatch(/^#/);
    }
  });

  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1 (text)', (fg, bg) => {
    expect(ratio(t, fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(SHAPE_PAIRS)('%s on %s reaches 3:1 (controls and focus)', (fg, bg) => {
    expect(ratio(t, fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('light theme', () => {
  it('keeps the Bitrix24 Air values', () => {
    expect(themes.light).toMatchObject({
      page: '#eef2f4',
      surface: '#ffffff',
      ink: '#333333',
      line: '#dfe0e3',
      primary: '#0075ff',
      success: '#1bce7b',
      warning: '#faa72c',
      alert: '#ff5752',
    });
    expect(themes.dark).toMatchObject({ primary: '#1587fa', success: '#1cae6a', warning: '#f2a100', alert: '#f2473d' });
  });
});
