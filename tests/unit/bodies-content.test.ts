/**
 * The bodies data for each trust against its schema and its documents, without a build: every file
 * parses; every quoted phrase (chair, meetings, lines…) occurs as printed in the clause it cites;
 * every line points at a body that exists; each trust with bodies has one principal board. The files
 * and trusts are whatever content/ holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../src/schemas/body';
import { clauseSource, plainWords } from '../../src/lib/clauses';
import { citationsIn } from '../../src/lib/validate';
import { bodyClaims, claimProblems, statusMarker } from '../../src/lib/claims';
import { lineKindProblem } from '../../src/lib/structure';
import { allDocuments, CONTENT, contentFiles, some, trusts } from '../content';

// Parsed here rather than through tests/content.ts, which throws at the first bad file: this test
// lists every file that does not match.
const files = some(contentFiles('bodies', ['yaml']), 'body file').map((f) => `bodies/${f}`);
const bodies = files.map((file) => ({ file, result: bodySchema.safeParse(parse(readFileSync(join(CONTENT, file), 'utf8'))) }));
const source = (document: string) => allDocuments().find((d) => d.id === document)?.source;
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
        const document = source(citation.document);
        const text = document === undefined ? undefined : clauseSource(document, citation.clause);
        if (document === undefined) wrong.push(`${file} ${field}: no document ${citation.document} in content/docs/`);
        else if (text === undefined) wrong.push(`${file} ${field}: no clause ${citation.clause} in ${citation.document}`);
        else if (words !== undefined && !plainWords(text).includes(plainWords(words))) wrong.push(`${file} ${field}: "${words}" is not in ${citation.clause}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('every line points at a body that exists, and each trust with bodies has one principal board', () => {
    const data = bodies.flatMap((b) => (b.result.success ? [b.result.data] : []));
    expect(data.flatMap((b) => b.lines.filter((l) => !ids.has(l.to)).map((l) => `${b.id} -> ${l.to}`))).toEqual([]);
    // A trust just scaffolded, with no document yet, has no bodies: its page says so.
    const withBodies = some(trusts().filter((t) => data.some((b) => b.trust === t.id)), 'trust with bodies');
    for (const { id } of withBodies) expect(data.filter((b) => b.trust === id && b.principal).map((b) => b.id), id).toHaveLength(1);
  });
  it('every claim says no more than its words: status, scope, subject and kind pass the claims checks', () => {
    const wrong: string[] = [];
    const data = bodies.flatMap((b) => (b.result.success ? [{ file: b.file, body: b.result.data }] : []));
    const status = new Map(data.map(({ body }) => [body.id, body.status]));
    for (const { file, body } of data) {
      for (const problem of bodyClaims(body).flatMap((c) => claimProblems(c, source))) wrong.push(`${file}: ${problem}`);
      body.lines.forEach((line, i) => {
        const problem = lineKindProblem(line.kind, line.quote.words);
        if (problem) wrong.push(`${file}: lines[${i}].kind ${problem}`);
        if (line.status === 'in-force' && (body.status !== 'in-force' || status.get(line.to) !== 'in-force')) wrong.push(`${file}: lines[${i}] is in force between bodies not both in force`);
      });
      if (body.status !== 'in-force' && !(body.statusWords && statusMarker(body.status, body.statusWords.words))) wrong.push(`${file}: status ${body.status} without words that show it`);
      body.members.forEach((m, i) => {
        const citation = m.citation ?? body.membersCitation;
        const text = citation && source(citation.document) !== undefined ? clauseSource(source(citation.document)!, citation.clause) : undefined;
        if (text === undefined || !plainWords(text).includes(plainWords(m.role))) wrong.push(`${file}: members[${i}].role "${m.role}" is not in its clause`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
