import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScripts, packageDist, packageProblems, pageAssetRefs, type Files } from './package';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VITE = path.join(ROOT, 'node_modules', '.bin', 'vite');

function build(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}

describe('the static-app archive of a real build', () => {
  let work: string;
  let unzipped: Files;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'b24-package-'));
    build(path.join(work, 'dist'));
    unzipped = unzipSync(packageDist(path.join(work, 'dist'), { sourcemaps: false }).zip);
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has index.html and install.html at the root and the assets beside them', () => {
    const names = Object.keys(unzipped).sort();
    expect(names).toContain('index.html');
    expect(names).toContain('install.html');
    expect(names.filter((n) => !n.startsWith('assets/')).sort()).toEqual(['index.html', 'install.html']);
    expect(names.some((n) => /^assets\/.+\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^assets\/.+\.css$/.test(n))).toBe(true);
  });

  it('loads every asset of both pages by a relative path, from inside the archive', () => {
    for (const page of ['index.html', 'install.html']) {
      const refs = pageAssetRefs(strFromU8(unzipped[page]!));
      expect(refs.length, page).toBeGreaterThanOrEqual(2);
      for (const ref of refs) {
        expect(ref, `${page}: ${ref}`).toMatch(/^\.\/assets\//);
        expect(unzipped[ref.slice(2)], `${page}: ${ref}`).toBeDefined();
      }
    }
  });

  it('carries no source map and no emulator code', () => {
    const names = Object.keys(unzipped);
    expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
    expect(names.filter((n) => /emulator|harness/i.test(n))).toEqual([]);
    for (const name of names.filter((n) => n.endsWith('.js'))) {
      const code = strFromU8(unzipped[name]!);
      expect(code.includes('/emulator-api/'), name).toBe(false);
      expect(code.includes('sourceMappingURL'), name).toBe(false);
    }
    expect(packageProblems(unzipped)).toEqual([]);
  });

  it('has no inline script in either page (script-src \'self\' holds)', () => {
    for (const page of ['index.html', 'install.html']) expect(inlineScripts(strFromU8(unzipped[page]!)), page).toBe(0);
  });

  it('includes source maps when asked (SOURCEMAP=1)', () => {
    const dist = path.join(work, 'dist-maps');
    build(dist, { SOURCEMAP: '1' });
    const withMaps = unzipSync(packageDist(dist, { sourcemaps: true }).zip);
    expect(Object.keys(withMaps).some((n) => n.endsWith('.js.map'))).toBe(true);
    // Without the flag the same build is packed without them.
    const without = unzipSync(packageDist(dist, { sourcemaps: false }).zip);
    expect(Object.keys(without).some((n) => n.endsWith('.map'))).toBe(false);
  }, 120_000);
});

describe('packageProblems', () => {
  const page = (src: string) => strToU8(`<!doctype html><script type="module" src="${src}"></script>`);
  const good: Files = {
    'index.html': page('./assets/a.js'),
    'install.html': page('./assets/a.js'),
    'assets/a.js': strToU8('console.log(1)'),
  };

  it('accepts a proper archive', () => {
    expect(packageProblems(good)).toEqual([]);
  });

  it('finds a missing install page', () => {
    const { 'install.html': _install, ...rest } = good;
    expect(packageProblems(rest)).toEqual(['install.html is missing from the archive root']);
  });

  it('finds absolute asset paths and assets left out', () => {
    expect(packageProblems({ ...good, 'index.html': page('/assets/a.js') })[0]).toMatch(/absolute path/);
    expect(packageProblems({ ...good, 'index.html': page('./assets/b.js') })[0]).toMatch(/not in the archive/);
  });

  it('finds inline scripts, which the Content-Security-Policy would block', () => {
    const inline = strToU8('<script type="module" src="./assets/a.js"></script><script>window.x = 1</script>');
    expect(packageProblems({ ...good, 'install.html': inline })[0]).toMatch(/install.html has an inline script/);
  });

  it('finds source maps and emulator code', () => {
    expect(packageProblems({ ...good, 'assets/a.js.map': strToU8('{}') })).toHaveLength(1);
    expect(packageProblems({ ...good, 'assets/a.js.map': strToU8('{}') }, { sourcemaps: true })).toEqual([]);
    expect(packageProblems({ ...good, 'assets/a.js': strToU8('fetch("/emulator-api/state")') })[0]).toMatch(/emulator code/);
    expect(packageProblems({ ...good, 'emulator/x.js': strToU8('') })[0]).toMatch(/emulator files/);
  });
});
