/**
 * `npm run package` (runs after `vite build`): zips dist/ into the archive Bitrix24 takes for a
 * static local application — index.html and install.html at the root, the assets beside them,
 * no source maps (unless SOURCEMAP=1, which also builds them), and nothing of the emulator —
 * checks it, writes dist-package/<name>-<version>.zip and prints its size.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, zipSync, type Zippable } from 'fflate';

export type Files = Record<string, Uint8Array>;

/** The pages Bitrix24 opens from a static app's archive: the app, and its install wizard. */
export const ENTRY_PAGES = ['index.html', 'install.html'] as const;

/** Text that only the emulator or the test harness contains; none of it may ship. */
const EMULATOR_MARKERS = ['/emulator-api/', '__harness', 'sdk-harness', 'emulator/'];

/** Every file under `dir` by its zip path ("assets/main-x.js"); source maps only when asked. */
export function collectFiles(dir: string, opts: { sourcemaps: boolean }): Files {
  const files: Files = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const zipPath = path.relative(dir, full).split(path.sep).join('/');
      if (!opts.sourcemaps && zipPath.endsWith('.map')) continue;
      files[zipPath] = readFileSync(full);
    }
  };
  walk(dir);
  return files;
}

/** The asset URLs a page loads (script src, link href). */
export function pageAssetRefs(html: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=["']([^"']+)["']/gi)) refs.push(match[1]!);
  return refs;
}

/** How many <script> elements carry code inside the page instead of a src. */
export function inlineScripts(html: string): number {
  let count = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc=/i.test(match[1] ?? '') && (match[2] ?? '').trim() !== '') count++;
  }
  return count;
}

const isText = (name: string) => /\.(html|js|mjs|css|json|svg|txt)$/i.test(name);

/**
 * What is wrong with an archive's files (empty when it is ready to upload): missing entry pages,
 * pages loading assets by absolute URL or from files not in the archive, inline scripts (the
 * production Content-Security-Policy forbids them), source maps when not asked for, or emulator code.
 */
export function packageProblems(files: Files, opts: { sourcemaps: boolean } = { sourcemaps: false }): string[] {
  const problems: string[] = [];
  for (const page of ENTRY_PAGES) {
    const bytes = files[page];
    if (!bytes) {
      problems.push(`${page} is missing from the archive root`);
      continue;
    }
    const html = strFromU8(bytes);
    const refs = pageAssetRefs(html);
    if (refs.length === 0) problems.push(`${page} loads no script or stylesheet`);
    if (inlineScripts(html) > 0) problems.push(`${page} has an inline script (the Content-Security-Policy allows scripts from files only)`);
    for (const ref of refs) {
      if (!ref.startsWith('./')) {
        problems.push(`${page} loads ${ref} by an absolute path (the portal serves the app from its own folder: use ./)`);
      } else if (!files[ref.slice(2).split(/[?#]/)[0]!]) {
        problems.push(`${page} loads ${ref}, which is not in the archive`);
      }
    }
  }
  for (const [name, bytes] of Object.entries(files)) {
    if (!opts.sourcemaps && name.endsWith('.map')) problems.push(`${name}: source maps are left out unless SOURCEMAP=1`);
    if (/(^|\/)(emulator|__harness)(\/|$)/.test(name)) problems.push(`${name}: emulator files do not ship`);
    if (!isText(name)) continue;
    const text = strFromU8(bytes);
    const marker = EMULATOR_MARKERS.find((m) => text.includes(m));
    if (marker) problems.push(`${name} contains emulator code ("${marker}")`);
  }
  return problems;
}

/** A zip of the files (deflate level 9, fixed timestamps so the same build gives the same bytes). */
export function zipFiles(files: Files): Uint8Array {
  const mtime = new Date('2000-01-01T00:00:00Z');
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) entries[name] = [bytes, { level: 9, mtime }];
  return zipSync(entries);
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;
}

/** Packs `distDir`; throws with the list of problems when the build is not fit to upload. */
export function packageDist(distDir: string, opts: { sourcemaps: boolean }): { zip: Uint8Array; files: string[] } {
  const files = collectFiles(distDir, opts);
  const problems = packageProblems(files, opts);
  if (problems.length > 0) throw new Error(`dist/ cannot be packaged:\n- ${problems.join('\n- ')}`);
  return { zip: zipFiles(files), files: Object.keys(files) };
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const sourcemaps = process.env.SOURCEMAP === '1';
  const { zip, files } = packageDist(path.join(root, 'dist'), { sourcemaps });
  const outDir = path.join(root, 'dist-package');
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${pkg.name}-${pkg.version}.zip`);
  writeFileSync(out, zip);
  console.log(`Packaged ${files.length} files${sourcemaps ? ' (with source maps)' : ''}:`);
  for (const name of files) console.log(`  ${name}`);
  console.log(`${path.relative(root, out)}: ${formatSize(zip.byteLength)}`);
  console.log('Upload it in Bitrix24 as a static local application (see docs/real-portal.md).');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
