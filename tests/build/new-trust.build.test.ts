/**
 * `npm run new:trust` makes a trust that builds: copies the project to a temporary folder (sharing
 * node_modules), scaffolds three trusts (one with no documents yet, one whose first document is already
 * transcribed, and one whose board is added with `--board` after its first document), builds, and
 * checks their pages. Also pins the refusals.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProjectCopy } from './copy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;

function scaffold(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/scripts/new-trust.ts', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

/** A one-clause document of `trust`, and its source text. */
function addDocument(trust: string) {
  mkdirSync(join(dir, `content/docs/${trust}`), { recursive: true });
  writeFileSync(join(dir, `content/docs/${trust}/terms-2009.mdx`), documentOf(trust));
  mkdirSync(join(dir, `content/sources/${trust}`), { recursive: true });
  writeFileSync(join(dir, `content/sources/${trust}/terms-2009.txt`), '1.1 The Board will meet four times a year.\n');
}

const documentOf = (trust: string) => [
  '---',
  'title: "Terms of reference"',
  'description: "A test document."',
  `trust: ${trust}`,
  'documentType: terms-of-reference',
  'issued: 2009-04-01',
  'status: historical',
  `source: { file: "${trust}/terms-2009.txt", title: "Terms of reference" }`,
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
  dir = makeProjectCopy('new-trust');
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
    addDocument('new-documented');
    const run = scaffold('new-documented');
    expect(run.status).toBe(0);
    const body = readFileSync(join(dir, 'content/bodies/new-documented/new-documented-board.yaml'), 'utf8');
    expect(body).toContain('principal: true');
    expect(body).toContain('{ document: new-documented/terms-2009, clause: "1.1" }');
  });

  it('--board adds the board to a trust that exists, once it has a document, citing its first clause and saying what to edit', () => {
    expect(scaffold('new-later')).toMatchObject({ status: 0, out: expect.stringContaining('new:trust -- new-later --board') });
    const file = 'content/bodies/new-later/new-later-board.yaml';
    // No document yet: nothing to cite, so nothing is written.
    expect(scaffold('new-later', '--board')).toMatchObject({ status: 1, err: expect.stringContaining('content/docs/new-later/ has no document with a <Clause n="…"> yet') });
    expect(existsSync(join(dir, file))).toBe(false);
    addDocument('new-later');
    const run = scaffold('new-later', '--board');
    expect(run.status, run.err).toBe(0);
    expect(run.out).toContain(`wrote ${file} (principal: true, citing clause 1.1 of new-later/terms-2009)`);
    expect(run.out).toContain(`Next, in ${file}:`);
    expect(run.out).toContain('name: the board');
    const body = readFileSync(join(dir, file), 'utf8');
    expect(body).toContain('principal: true');
    expect(body).toContain('{ document: new-later/terms-2009, clause: "1.1" }');
    // Never overwrites: a second run refuses and leaves the file as the editor left it.
    writeFileSync(join(dir, file), body.replace('REPLACE: the board\'s name as the documents print it', 'Later Board'));
    expect(scaffold('new-later', '--board')).toMatchObject({ status: 1, err: expect.stringContaining(`${file} already exists; nothing was written`) });
    expect(readFileSync(join(dir, file), 'utf8')).toContain('name: "Later Board"');
  });

  it('--board refuses a trust that does not exist, a second principal board, and an unknown option', () => {
    expect(scaffold('no-such-trust', '--board')).toMatchObject({ status: 1, err: expect.stringContaining('There is no trust "no-such-trust" (no content/trusts/no-such-trust.yaml). Make it first: npm run new:trust -- no-such-trust') });
    // Kent's own board is another file: a second principal body would fail the build.
    const kent = scaffold('kent', '--board');
    expect(kent.status).toBe(1);
    expect(kent.err).toMatch(/content\/bodies\/kent\/[a-z-]+\.yaml is already the trust's own board \(principal: true\)/);
    expect(existsSync(join(dir, 'content/bodies/kent/kent-board.yaml'))).toBe(false);
    expect(scaffold('kent', '--bord')).toMatchObject({ status: 1, err: expect.stringContaining('Unknown option --bord') });
  });

  it('builds, with the trust pages and the boards of the second and third', () => {
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
    const later = readFileSync(join(dir, 'dist/new-later/index.html'), 'utf8');
    expect(later).toContain('Later Board');
    expect(later).toContain('data-body="new-later-board"');
    // A trust with no document yet is compared as such, with no link to a document it lacks.
    const compare = readFileSync(join(dir, 'dist/compare/index.html'), 'utf8');
    expect(compare).toContain('No document of this trust is on the site yet.');
    expect(compare).not.toContain('href="//"');
  }, 300_000);
});
