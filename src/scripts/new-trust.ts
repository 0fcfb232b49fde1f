/**
 * Scaffolds a new trust: `npm run new:trust -- <id>`.
 *
 * Writes content/trusts/<id>.yaml with every required field set to a value marked "REPLACE:" (the
 * file validates, so the site builds at once, and the markers show on the trust page until they are
 * replaced), and makes the folders content/docs/<id>/ for its documents and content/sources/<id>/ for
 * their source texts. When that folder already
 * holds a document with numbered clauses, it also writes the trust's board,
 * content/bodies/<id>/<id>-board.yaml, marked `principal: true` and citing the first clause; a body
 * must cite a clause of a document, so without one it writes no body and says so.
 *
 * `npm run new:trust -- <id> --board` adds that board later, to a trust that exists, once its first
 * document is in. It refuses to overwrite the file, to add a second principal board, and to write a
 * board with no clause to cite.
 *
 * Refuses an id that is malformed, clashes with a page of the site, or is already a trust.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Top-level addresses the site already uses: a trust lives at /<id>/, so these cannot be ids. */
const RESERVED = ['about', 'briefings', 'compare', 'embed', 'glossary', 'partners', 'search', 'tools', 'trusts', 'pagefind', '_astro', '404'];

/** Thrown for a problem the editor can fix; printed without a stack trace. */
class Refusal extends Error {}

/** The first `<Clause n="…">` of the first document in content/docs/<id>/, if there is one. */
function firstClause(id: string): { document: string; clause: string } | undefined {
  const dir = join(ROOT, 'content/docs', id);
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_')).sort()) {
    const match = /<Clause\s[^>]*\bn="([^"]+)"/.exec(readFileSync(join(dir, file), 'utf8'));
    if (match) return { document: `${id}/${file.replace(/\.mdx?$/, '')}`, clause: match[1]! };
  }
  return undefined;
}

const quoted = (text: string) => JSON.stringify(text);

export function newTrust(id: string | undefined): string[] {
  if (!id) throw new Refusal('Give the new trust\'s id: npm run new:trust -- <id>   (for example: npm run new:trust -- surrey)');
  if (!ID.test(id)) {
    throw new Refusal(`"${id}" is not a valid trust id. Use lower-case letters and digits, with single hyphens between words, like "kent" or "north-yorkshire"; it becomes the address /${'<id>'}/.`);
  }
  if (RESERVED.includes(id)) throw new Refusal(`"${id}" cannot be a trust id: the site already has pages at /${id}/. Choose another, such as "${id}-trust".`);
  const trustFile = join(ROOT, 'content/trusts', `${id}.yaml`);
  if (existsSync(trustFile)) throw new Refusal(`Trust "${id}" already exists: ${relative(ROOT, trustFile)}. Edit that file, or choose another id.`);
  const bodiesDir = join(ROOT, 'content/bodies', id);
  if (existsSync(bodiesDir)) throw new Refusal(`${relative(ROOT, bodiesDir)}/ already exists without a trust file. Move it aside or choose another id.`);

  const done: string[] = [];
  writeFileSync(
    trustFile,
    [
      `# New trust, made by \`npm run new:trust -- ${id}\`. Replace every value marked REPLACE (fields in src/schemas/trust.ts).`,
      `id: ${id}`,
      `name: ${quoted(`REPLACE: name as the documents print it, e.g. "Kent Children's Trust"`)}`,
      `authority: ${quoted('REPLACE: the children\'s services authority that leads the trust')}`,
      `area: ${quoted('REPLACE: the area the trust covers')}`,
      `summary: ${quoted('REPLACE: two or three plain sentences describing the trust, drawn from its documents.')}`,
      `# established: { printed: "as printed", citation: { document: ${id}/<document>, clause: "<clause>" } }   (only if a document says)`,
      '',
    ].join('\n'),
  );
  done.push(`wrote ${relative(ROOT, trustFile)}`);

  const docsDir = join(ROOT, 'content/docs', id);
  if (!existsSync(docsDir)) {
    mkdirSync(docsDir, { recursive: true });
    done.push(`made ${relative(ROOT, docsDir)}/ for the trust's documents`);
  }

  const sourcesDir = join(ROOT, 'content/sources', id);
  if (!existsSync(sourcesDir)) {
    mkdirSync(sourcesDir, { recursive: true });
    done.push(`made ${relative(ROOT, sourcesDir)}/ for the documents' source texts (each document names its own in source.file)`);
  }

  const clause = firstClause(id);
  if (clause) {
    done.push(writeBoard(id, clause));
  } else {
    done.push(
      `no body written: a body must cite a clause of one of the trust's documents, and content/docs/${id}/ has none yet.`,
      `  Transcribe a document there first, then run npm run new:trust -- ${id} --board to add the trust's board.`,
    );
  }
  done.push(`Next: replace every REPLACE value, then npm run build; the trust page is /${id}/.`);
  return done;
}

/** Writes content/bodies/<id>/<id>-board.yaml citing `clause`; returns the line that says so. */
function writeBoard(id: string, clause: { document: string; clause: string }): string {
  const bodiesDir = join(ROOT, 'content/bodies', id);
  mkdirSync(bodiesDir, { recursive: true });
  const bodyFile = join(bodiesDir, `${id}-board.yaml`);
  writeFileSync(
    bodyFile,
    [
      `# The trust's own board, made by \`npm run new:trust\`. Replace every value marked REPLACE (fields in src/schemas/body.ts).`,
      `id: ${id}-board`,
      `trust: ${id}`,
      `name: ${quoted('REPLACE: the board\'s name as the documents print it')}`,
      'kind: board',
      'principal: true',
      `summary: ${quoted('REPLACE: one or two sentences on its role, quoting or closely following the cited clauses.')}`,
      '# REPLACE: cite the clauses that describe the board (the first clause of the first document is only a start).',
      'citations:',
      `  - { document: ${clause.document}, clause: ${quoted(clause.clause)} }`,
      '',
    ].join('\n'),
  );
  return `wrote ${relative(ROOT, bodyFile)} (principal: true, citing clause ${clause.clause} of ${clause.document})`;
}

/** The trust's body already marked `principal: true`, if any (a trust has one). */
function principalBody(id: string): string | undefined {
  const dir = join(ROOT, 'content/bodies', id);
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort()
    .map((f) => join(dir, f))
    .find((file) => /^principal:\s*true\s*(?:#.*)?$/m.test(readFileSync(file, 'utf8')));
}

/** `npm run new:trust -- <id> --board`: the principal board of a trust that already exists. */
export function newBoard(id: string | undefined): string[] {
  if (!id) throw new Refusal('Give the trust\'s id: npm run new:trust -- <id> --board   (for example: npm run new:trust -- surrey --board)');
  if (!ID.test(id)) throw new Refusal(`"${id}" is not a valid trust id: ids are lower-case letters and digits with single hyphens, like "kent".`);
  const trustFile = join(ROOT, 'content/trusts', `${id}.yaml`);
  if (!existsSync(trustFile)) {
    throw new Refusal(`There is no trust "${id}" (no ${relative(ROOT, trustFile)}). Make it first: npm run new:trust -- ${id}`);
  }
  const bodyFile = join(ROOT, 'content/bodies', id, `${id}-board.yaml`);
  if (existsSync(bodyFile)) throw new Refusal(`${relative(ROOT, bodyFile)} already exists; nothing was written. Edit that file instead.`);
  const principal = principalBody(id);
  if (principal) {
    throw new Refusal(
      `${relative(ROOT, principal)} is already the trust's own board (principal: true); a trust has one, so nothing was written. Edit that file instead.`,
    );
  }
  const clause = firstClause(id);
  if (!clause) {
    throw new Refusal(
      `A board must cite a clause of one of the trust's documents, and content/docs/${id}/ has no document with a <Clause n="…"> yet, so nothing was written. Transcribe the first document there, then run this again.`,
    );
  }
  const file = relative(ROOT, bodyFile);
  return [
    writeBoard(id, clause),
    `Next, in ${file}:`,
    '  - name: the board\'s name as the documents print it (replace the REPLACE: value);',
    '  - summary: one or two sentences on its role, from the cited clauses (replace the REPLACE: value);',
    `  - citations: the clauses that describe the board (clause ${clause.clause} of ${clause.document} is only a start);`,
    '  - chair, meets, decisions, members and lines when a document states them, each quoting its clause word for word.',
    `Then npm run build: the board is on /${id}/ and in the comparison at /compare/.`,
  ];
}

const USAGE = 'npm run new:trust -- <id>   (a new trust), or npm run new:trust -- <id> --board   (the board of a trust that exists)';

/** Runs the command line: `<id>` makes a trust, `<id> --board` adds its board. */
export function main(args: readonly string[]): string[] {
  const options = args.filter((a) => a.startsWith('-'));
  const ids = args.filter((a) => !a.startsWith('-'));
  const unknown = options.filter((o) => o !== '--board');
  if (unknown.length > 0) throw new Refusal(`Unknown option ${unknown.join(', ')}. Use: ${USAGE}`);
  if (ids.length > 1) throw new Refusal(`Give one trust id, not ${ids.length} (${ids.join(', ')}). Use: ${USAGE}`);
  return options.includes('--board') ? newBoard(ids[0]) : newTrust(ids[0]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    for (const line of main(process.argv.slice(2))) console.log(line);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`new:trust: ${error.message}`);
    process.exitCode = 1;
  }
}
