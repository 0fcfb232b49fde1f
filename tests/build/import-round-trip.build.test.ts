/**
 * Round trip on the seed documents: `npm run import` runs on each source text of the project
 * (content/sources/<trust>/*.txt, as received), in a copy of the project, beside the hand-made page,
 * and the two are compared: the set of clause addresses, the sentences of the source found
 * verbatim on the built page, and the furniture declared. Every address that differs must be one
 * the import report flags, in the same section of the source, with what to do about it. The
 * figures are printed per document, and how many MDX lines differ from the hand-made page.
 *
 * Which documents, which trusts and how many of each come from the content: a source that a
 * hand-made page names is imported once per document it holds (a source shown as two pages has
 * two header blocks, and the importer reads it as two parts).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseSource, clausesInMdx } from '../../src/lib/clauses';
import { normalizeSpace, readSource } from '../../src/lib/fidelity';
import { importText } from '../../src/lib/import/index';
import { pageWords } from '../../src/lib/import/mdx';
import { documentTypes } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';
import { checkSources, sourceDocuments, type SourceDocument } from '../../src/scripts/sources';
import { build, makeCopy, ROOT, type BuildResult, type Copy } from './copy';

/** What an import of one seed document is compared with. */
interface Case {
  hand: SourceDocument;
  /** "kent/partnership-agreement-2008-imported": the imported page in the copy. */
  imported: string;
  sourceName: string;
  part: number;
  trust: string;
}

const SUFFIX = '-imported';
const seeds = sourceDocuments(ROOT);
const bySource = Map.groupBy(seeds, (d) => d.sourceFile);
const text = (file: string) => readFileSync(join(ROOT, 'content/sources', file), 'utf8');
const declaration = (file: string) => sourceSchema.parse(parse(readFileSync(join(ROOT, 'content/sources', file.replace(/\.txt$/, '.yaml')), 'utf8')) ?? {});

/** The part of a source each hand-made page shows: the one most of whose sentences are on it. */
function cases(): Case[] {
  const out: Case[] = [];
  for (const [sourceFile, docs] of bySource) {
    const [trust, name] = sourceFile.replace(/\.txt$/, '').split('/') as [string, string];
    const probe = importText({ text: text(sourceFile), origin: 'probe', trust, slug: name, sourceName: name, documentTypes, title: 'probe', documentType: 'review' });
    const sentences = readSource(text(sourceFile), declaration(sourceFile)).sentences;
    for (const hand of docs) {
      const words = pageWords(readFileSync(join(ROOT, hand.file), 'utf8'));
      const score = (k: number) => sentences.filter((s) => s.line >= probe.report.parts[k]!.from && s.line <= probe.report.parts[k]!.to && words.includes(s.text)).length;
      const part = probe.report.parts.map((_, k) => k).sort((a, b) => score(b) - score(a))[0]! + 1;
      out.push({ hand, imported: `${hand.id}${SUFFIX}`, sourceName: `${name}${SUFFIX}`, part, trust });
    }
  }
  return out;
}

/** Lines only in one of two texts (a longest-common-subsequence diff): what an editor would change. */
export function differingLines(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  return a.length + b.length - 2 * table[0]![0]!;
}

interface Flag {
  line: number;
  kind: string;
  message: string;
}
const flagsOf = (report: string): Flag[] =>
  [...report.matchAll(/^- line (\d+) \(([a-z-]+)\): (.*)$/gm)].map((m) => ({ line: Number(m[1]), kind: m[2]!, message: m[3]! }));

let copy: Copy;
let result: BuildResult;
const all = cases();
const imports = new Map<string, { status: number | null; output: string; seconds: number }>();

beforeAll(async () => {
  copy = makeCopy();
  mkdirSync(join(copy.dir, 'seed-texts'), { recursive: true });
  for (const c of all) {
    // The source text as received, under the imported document's own name.
    const input = join(copy.dir, 'seed-texts', `${c.sourceName}.txt`);
    copyFileSync(join(ROOT, 'content/sources', c.hand.sourceFile), input);
    const started = performance.now();
    const run = spawnSync(process.execPath, ['src/scripts/import.ts', input, '--trust', c.trust, '--slug', c.imported.split('/')[1]!, '--source-name', c.sourceName, '--part', String(c.part)], { cwd: copy.dir, encoding: 'utf8' });
    imports.set(c.imported, { status: run.status, output: `${run.stdout}${run.stderr}`, seconds: (performance.now() - started) / 1000 });
  }
  result = await build(copy);
}, 900_000);
afterAll(() => copy?.remove());

describe('round trip: each seed source imported and compared with its hand-made page', () => {
  it('finds a document to compare for every source a page names', () => {
    expect(new Set(all.map((c) => c.hand.sourceFile))).toEqual(new Set(seeds.map((d) => d.sourceFile)));
    expect(all.length).toBe(seeds.length);
  });

  it('imports every one, and the copy with the imported pages builds', () => {
    for (const c of all) expect(imports.get(c.imported)?.status, imports.get(c.imported)?.output).toBe(0);
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it.each(all.map((c) => [c.hand.id, c] as const))('%s: sentences, furniture and clause addresses', (_, c) => {
    const hand = readFileSync(join(ROOT, c.hand.file), 'utf8');
    const mine = readFileSync(join(copy.dir, 'content/docs', `${c.imported}.mdx`), 'utf8');
    const report = readFileSync(join(copy.dir, 'content/sources', c.trust, `${c.imported.split('/')[1]}.import.md`), 'utf8');
    const source = text(c.hand.sourceFile);

    // Every sentence of the source is on the built page (the sources of a two-part text are checked together).
    const check = checkSources(copy.dir, join(copy.dir, 'dist')).find((s) => s.source === `${c.trust}/${c.sourceName}.txt`)!;
    expect(check.problems).toEqual([]);
    expect(check.missing).toEqual([]);

    // The furniture declared drops the same lines, for the same kinds, as the hand-made declaration.
    const imported = sourceSchema.parse(parse(readFileSync(join(copy.dir, 'content/sources', `${c.trust}/${c.sourceName}.yaml`), 'utf8')));
    const handDeclared = declaration(c.hand.sourceFile);
    const dropped = (d: typeof imported) => readSource(source, d).dropped.map((x) => x.line);
    expect(dropped(imported)).toEqual(dropped(handDeclared));
    expect(imported.furniture.some((f) => f.markup)).toBe(handDeclared.furniture.some((f) => f.markup));

    // Clause addresses: the same, or each difference flagged in its section of the source.
    const handIds = clausesInMdx(hand).map((o) => o.id);
    const mineIds = clausesInMdx(mine).map((o) => o.id);
    const missing = handIds.filter((id) => !mineIds.includes(id));
    const extra = mineIds.filter((id) => !handIds.includes(id));
    const flags = flagsOf(report);
    const sentences = readSource(source, handDeclared).sentences;
    const headingLines = [...mine.matchAll(/^#{2,6} (.*)$/gm)].map((m) => sentences.find((s) => s.text === normalizeSpace(pageWords(m[1]!)))?.line ?? 0);
    const lineOf = (mdx: string, id: string) => {
      const words = pageWords(clauseSource(mdx, id) ?? '');
      return sentences.find((s) => s.line >= c.hand.clauses && words.includes(s.text))?.line ?? sentences.find((s) => words.includes(s.text))?.line;
    };
    const explain = (id: string, mdx: string) => {
      const at = lineOf(mdx, id);
      if (at === undefined) return undefined;
      return flags.filter((f) => f.kind !== 'table' && f.kind !== 'joined' && f.line <= at && !headingLines.some((h) => h > f.line && h <= at)).pop();
    };
    const unexplained = [...missing.map((id) => ({ id, flag: explain(id, hand) })), ...extra.map((id) => ({ id, flag: explain(id, mine) }))].filter((d) => !d.flag);
    expect(unexplained, `differences the report does not flag:\n${report}`).toEqual([]);

    const lines = differingLines(hand.split('\n'), mine.split('\n'));
    const total = new Set(handIds).size;
    const same = handIds.filter((id) => mineIds.includes(id)).length;
    console.log(
      [
        `${c.hand.id} (part ${c.part} of ${c.hand.sourceFile}): import ${imports.get(c.imported)!.seconds.toFixed(1)} s`,
        `  clause addresses  ${same} of ${total} the same${missing.length ? `; not made: ${missing.join(', ')}` : ''}${extra.length ? `; made but not on the hand-made page: ${extra.join(', ')}` : ''}`,
        `  sentences         ${check.sentences - check.missing.length} of ${check.sentences} found verbatim on the built page`,
        `  furniture         ${dropped(imported).length} lines dropped, as the hand-made declaration drops them`,
        `  MDX lines         ${lines} differ from the hand-made page (${hand.split('\n').length} lines)`,
        ...[...new Set([...missing, ...extra].map((id) => explain(id, missing.includes(id) ? hand : mine)!))].map((f) => `  flagged           line ${f.line} (${f.kind}): ${f.message}`),
      ].join('\n'),
    );
  });

  it("following the report's suggestion gives the hand-made page's addresses", () => {
    // A flag that suggests --paragraphs is an option an editor can take: taking it must close the gap.
    let tried = 0;
    for (const c of all) {
      const report = readFileSync(join(copy.dir, 'content/sources', c.trust, `${c.imported.split('/')[1]}.import.md`), 'utf8');
      const suggested = [...report.matchAll(/--paragraphs "([^"=]+)=([a-z-]+)"/g)];
      const first = clausesInMdx(readFileSync(join(copy.dir, 'content/docs', `${c.imported}.mdx`), 'utf8')).map((o) => o.id);
      const handIds = clausesInMdx(readFileSync(join(ROOT, c.hand.file), 'utf8')).map((o) => o.id);
      const missingFirst = handIds.filter((id) => !first.includes(id));
      if (suggested.length === 0 || missingFirst.length === 0) continue;
      tried++;
      const paragraphs = Object.fromEntries(suggested.map((m) => [m[1]!, m[2]!]));
      const trustName = (parse(readFileSync(join(ROOT, 'content/trusts', `${c.trust}.yaml`), 'utf8')) as { name: string }).name;
      const again = importText({ text: text(c.hand.sourceFile), origin: 'round trip', trust: c.trust, trustName, slug: c.imported.split('/')[1]!, sourceName: c.sourceName, part: c.part, paragraphs, documentTypes });
      const ids = clausesInMdx(again.mdx).map((o) => o.id);
      const stillMissing = handIds.filter((id) => !ids.includes(id));
      console.log(`${c.hand.id} with ${suggested.map((m) => m[0]).join(' ')}: ${handIds.length - stillMissing.length} of ${handIds.length} addresses the same`);
      expect(stillMissing.length).toBeLessThan(missingFirst.length);
      // Nothing that was right before is lost.
      expect(stillMissing.filter((id) => first.includes(id))).toEqual([]);
    }
    // Holds for any content: where no import lacks an address, there is nothing to try.
    expect(tried).toBeLessThanOrEqual(all.length);
  });
});
