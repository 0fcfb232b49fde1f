/**
 * `npm run new:trust` makes a trust that builds: copies the project to a temporary folder (sharing
 * node_modules), scaffolds two trusts (one with no documents yet, one whose first document is already
 * transcribed), builds, and checks their pages. Also pins the refusals.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;

function scaffold(id: string) {
  const run = spawnSync(process.execPath, ['src/scripts/new-trust.ts', id], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const document = [
  '---',
  'title: "Terms of reference"',
  'description: "A test document."',
  'trust: new-documented',
  'documentType: terms-of-reference',
  'issued: 2009-04-01',
  'status: historical',
  'source: { file: "new-documented/terms-2009.txt", title: "Terms of reference" }',
  '---',
  "import Clause from '~/components/Clause.astro';",
  '',
  '<Clause n="1.1">',
  '',
  'The Board will meet four times a year.',
  '',
  '</Clause>',
  '',
].join('\n');

beforeAll(() => {
  // Inside the project (git-ignored), as the bench does: Astro resolves the shared node_modules
  // through the symlink and needs the copy to sit under the same root.
  mkdirSync(join(ROOT, '.build-tests'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.build-tests', 'new-trust-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run new:trust', () => {
  it('refuses a malformed id, an id that is a page of the site, and an existing trust', () => {
    expect(scaffold('Bad_Id')).toMatchObject({ status: 1, err: expect.stringContaining('"Bad_Id" is not a valid trust id') });
    expect(scaffold('search')).toMatchObject({ status: 1, err: expect.stringContaining('the site already has pages at /search/') });
    expect(scaffold('kent')).toMatchObject({ status: 1, err: expect.stringContaining('Trust "kent" already exists: content/trusts/kent.yaml') });
    expect(scaffold('')).toMatchObject({ status: 1, err: expect.stringContaining('npm run new:trust -- <id>') });
  });

  it('writes no body for a trust with no document yet, and says so', () => {
    const run = scaffold('new-empty');
    expect(run.status).toBe(0);
    expect(run.out).toContain('wrote content/trusts/new-empty.yaml');
    expect(run.out).toContain('no body written');
    expect(existsSync(join(dir, 'content/docs/new-empty'))).toBe(true);
    expect(existsSync(join(dir, 'content/sources/new-empty'))).toBe(true);
    expect(existsSync(join(dir, 'content/bodies/new-empty'))).toBe(false);
  });

  it('writes the principal board, citing the first clause, when a document is already there', () => {
    mkdirSync(join(dir, 'content/docs/new-documented'), { recursive: true });
    writeFileSync(join(dir, 'content/docs/new-documented/terms-2009.mdx'), document);
    mkdirSync(join(dir, 'content/sources/new-documented'), { recursive: true });
    writeFileSync(join(dir, 'content/sources/new-documented/terms-2009.txt'), '1.1 The Board will meet four times a year.\n');
    const run = scaffold('new-documented');
    expect(run.status).toBe(0);
    const body = readFileSync(join(dir, 'content/bodies/new-documented/new-documented-board.yaml'), 'utf8');
    expect(body).toContain('principal: true');
    expect(body).toContain('{ document: new-documented/terms-2009, clause: "1.1" }');
  });

  it('builds, with both trust pages and the board on the second', () => {
    execFileSync(join(dir, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const empty = readFileSync(join(dir, 'dist/new-empty/index.html'), 'utf8');
    expect(empty).toContain('REPLACE: name as the documents print it');
    const documented = readFileSync(join(dir, 'dist/new-documented/index.html'), 'utf8');
    expect(documented).toContain('REPLACE: the board');
    expect(existsSync(join(dir, 'dist/new-documented/terms-2009/index.html'))).toBe(true);
    // A trust with no document yet is compared as such, with no link to a document it lacks.
    const compare = readFileSync(join(dir, 'dist/compare/index.html'), 'utf8');
    expect(compare).toContain('No document of this trust is on the site yet.');
    expect(compare).not.toContain('href="//"');
  }, 300_000);
});
