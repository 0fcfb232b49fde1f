/**
 * A throwaway copy of the project for building broken content: the sources and content are copied
 * into the system's temporary folder, `node_modules` is linked, and `astro build` runs there. Node
 * and Vite keep the link's path: Astro cannot build components that resolve outside its root.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface Copy {
  dir: string;
  /** Writes a file of the copy (path relative to the project), creating folders. */
  write(path: string, text: string): void;
  /** Drops a fixture of tests/fixtures/bad/ in at `path`. */
  drop(fixture: string, path: string): void;
  /** Replaces `from` (which must occur) with `to` in a file of the copy. */
  patch(path: string, from: string, to: string): void;
  remove(): void;
}

export function makeCopy(): Copy {
  const dir = mkdtempSync(join(tmpdir(), 'governance-bad-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The linked packages are resolved at the copy's path (see build()), and the caches Vite and
  // Astro keep under node_modules/ go into the copy instead, so the project's own stay untouched.
  const config = join(dir, 'astro.config.mjs');
  const text = readFileSync(config, 'utf8');
  const start = 'export default defineConfig({';
  if (!text.includes(start)) throw new Error(`astro.config.mjs no longer contains ${start}`);
  // Into the config's own `vite` object when it has one: a second `vite` key would replace it.
  const copyVite = "cacheDir: './.cache/vite', resolve: { preserveSymlinks: true }";
  const patched = text.includes('\n  vite: {')
    ? text.replace('\n  vite: {', `\n  vite: { ${copyVite},`)
    : text.replace(start, `${start}\n  vite: { ${copyVite} },`);
  writeFileSync(config, patched.replace(start, `${start}\n  cacheDir: './.cache/astro',`));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  return {
    dir,
    write,
    drop: (fixture, path) => write(path, readFileSync(join(ROOT, 'tests/fixtures/bad', fixture), 'utf8')),
    patch: (path, from, to) => {
      const text = readFileSync(join(dir, path), 'utf8');
      if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
      writeFileSync(join(dir, path), text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colours, the copy's path written `<copy>`. */
  output: string;
  seconds: number;
}

/** Runs `astro build` in the copy. */
export function build(copy: Copy): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', 'node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: copy.dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        output: output
          .replace(/\x1b\[[0-9;]*m/g, '')
          .split(copy.dir)
          .join('<copy>'),
        seconds: Math.round((performance.now() - started) / 100) / 10,
      }),
    );
  });
}

/** The first line of the output that contains `text`, trimmed; the output's tail if none does. */
export function lineWith(output: string, text: string): string {
  const line = output.split('\n').find((l) => l.includes(text));
  return line?.trim() ?? `(not found) …${output.slice(-1500)}`;
}

/**
 * The ids of one of the project's collections, listed as the build's messages list them (sorted,
 * comma-separated), with `added` (the fixtures a test drops in). Messages that list what exists
 * are pinned against this, so they hold for any content.
 */
export function knownIds(collection: 'trusts' | 'partners' | 'bodies' | 'docs', ...added: string[]): string {
  const dir = join(ROOT, 'content', collection);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
  const ids =
    collection === 'docs'
      ? files.filter((f) => /\.mdx?$/.test(f) && !f.split('/').pop()!.startsWith('_')).map((f) => f.replace(/\.mdx?$/, ''))
      : files
          .filter((f) => f.endsWith('.yaml') && !f.split('/').pop()!.startsWith('_'))
          .map((f) => /^id:\s*"?([^"\s]+)"?/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? f);
  return [...new Set([...ids, ...added])].sort().join(', ');
}

/**
 * A copy of the project inside it (under the git-ignored .build-tests/), for tests that run the
 * project's own npm scripts there (`npm run verify` builds with the shared node_modules, which Astro
 * resolves through the link only under the same root). `extra`: further paths to copy. Returns its
 * folder; remove it with rmSync when done.
 */
export function makeProjectCopy(name: string, extra: readonly string[] = []): string {
  mkdirSync(join(ROOT, '.build-tests'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.build-tests', `${name}-`));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', ...extra]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Lines only in one of two texts (a longest-common-subsequence diff): what an editor changed by hand. */
export function differingLines(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  return a.length + b.length - 2 * table[0]![0]!;
}
