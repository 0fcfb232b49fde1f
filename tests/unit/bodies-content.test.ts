/**
 * The bodies data for each trust against its schema and its documents, without a build: every file
 * parses; every quoted phrase (chair, meetings, lines…) occurs as printed in the clause it cites;
 * every line points at a body that exists; each trust has one principal board.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../src/schemas/body';
import { clauseSource, plainWords } from '../../src/lib/clauses';
import { citationsIn } from '../../src/lib/validate';

const root = join(import.meta.dirname, '../../content');
const trusts = ['kent', 'durham', 'harrow'];
const files = trusts.flatMap((t) => readdirSync(join(root, 'bodies', t)).map((f) => `bodies/${t}/${f}`));
const bodies = files.map((file) => ({ file, result: bodySchema.safeParse(parse(readFileSync(join(root, file), 'utf8'))) }));
const source = (document: string) => readFileSync(join(root, 'docs', `${document}.mdx`), 'utf8');
const ids = new Set(bodies.flatMap((b) => (b.result.success ? [b.result.data.id] : [])));

describe('bodies data', () => {
  it('every file matches the schema', () => {
    expect(bodies.filter((b) => !b.result.success).map((b) => `${b.file}: ${JSON.stringify(b.result.error?.issues)}`)).toEqual([]);
  });
  it('every quotation occurs in the clause it cites', () => {
    const wrong: string[] = [];
    for (const { file, result } of bodies) {
      if (!result.success) continue;
      for (const { field, citation, words } of citationsIn(result.data)) {
        const text = clauseSource(source(citation.document), citation.clause);
        if (text === undefined) wrong.push(`${file} ${field}: no clause ${citation.clause} in ${citation.document}`);
        else if (words !== undefined && !plainWords(text).includes(plainWords(words))) wrong.push(`${file} ${field}: "${words}" is not in ${citation.clause}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('every line points at a body that exists, and each trust has one principal board', () => {
    const data = bodies.flatMap((b) => (b.result.success ? [b.result.data] : []));
    expect(data.flatMap((b) => b.lines.filter((l) => !ids.has(l.to)).map((l) => `${b.id} -> ${l.to}`))).toEqual([]);
    for (const trust of trusts) expect(data.filter((b) => b.trust === trust && b.principal).map((b) => b.id)).toHaveLength(1);
  });
});
