/**
 * `npm run import`, end to end, in one copy of the project built once:
 *
 * 1. Round trip on the seed documents: the command runs on each source text of the project
 *    (content/sources/<trust>/*.txt, as received), beside the hand-made page, and the two are
 *    compared: the set of clause addresses, the sentences of the source found verbatim on the
 *    built page, and the furniture declared. Every address that differs must be one the import
 *    report flags, in the same section of the source, with what to do about it. The figures are
 *    printed per document, with how many MDX lines differ from the hand-made page. Which
 *    documents and trusts come from the content: a source that a hand-made page names is imported
 *    once per document it holds (a source shown as two pages has two header blocks: two parts).
 * 2. A Word file, a PDF and a saved web page of a made-up trust (tests/fixtures/import/, made by
 *    make-fixtures.ts there) are imported, their reports checked, a scanned PDF refused, a newer
 *    version of the Word file imported over a page an editor has marked up, a rule scaffolded from
 *    a candidate clause; the copy builds and passes `npm run verify` with no problem.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseSource, clausesInMdx } from '../../src/lib/clauses';
import { warningLines } from '../../src/lib/build-log';
import { normalizeSpace, readSource } from '../../src/lib/fidelity';
import { importText } from '../../src/lib/import/index';
import { pageWords } from '../../src/lib/import/mdx';
import { documentTypes } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';
import { checkSources, sourceDocuments, type SourceCheck, type SourceDocument } from '../../src/scripts/sources';
import { build, differingLines, makeCopy, ROOT, type BuildResult, type Copy } from './copy';

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

interface Flag {
  line: number;
  kind: string;
  message: string;
}
const flagsOf = (report: string): Flag[] =>
  [...report.matchAll(/^- line (\d+) \(([a-z-]+)\): (.*)$/gm)].map((m) => ({ line: Number(m[1]), kind: m[2]!, message: m[3]! }));

const FIXTURES = join(ROOT, 'tests/fixtures/import');
const TRUST = (parse(readFileSync(join(FIXTURES, 'content/trusts/brackenshire.yaml'), 'utf8')) as { id: string }).id;

let copy: Copy;
let result: BuildResult;
const runs = new Map<string, { status: number | null; output: string }>();

function run(name: string, script: string, ...args: string[]) {
  const out = spawnSync(process.execPath, [script, ...args], { cwd: copy.dir, encoding: 'utf8' });
  runs.set(name, { status: out.status, output: `${out.stdout}${out.stderr}` });
  return runs.get(name)!;
}
const importFile = (name: string, file: string, ...args: string[]) => run(name, 'src/scripts/import.ts', join(FIXTURES, file), '--trust', TRUST, ...args);
const read = (path: string) => readFileSync(join(copy.dir, path), 'utf8');
const reportOf = (slug: string) => read(`content/sources/${TRUST}/${slug}.import.md`);
const section = (report: string, title: string) => report.split(`## ${title}\n\n`)[1]!.split('\n## ')[0]!.trim();

const all = cases();
const imports = new Map<string, { status: number | null; output: string; seconds: number }>();
let checks: SourceCheck[] = [];

beforeAll(async () => {
  copy = makeCopy();

  mkdirSync(join(copy.dir, 'seed-texts'), { recursive: true });
  for (const c of all) {
    // The source text as received, under the imported document's own name.
    const input = join(copy.dir, 'seed-texts', `${c.sourceName}.txt`);
    copyFileSync(join(ROOT, 'content/sources', c.hand.sourceFile), input);
    const started = performance.now();
    const out = spawnSync(process.execPath, ['src/scripts/import.ts', input, '--trust', c.trust, '--slug', c.imported.split('/')[1]!, '--source-name', c.sourceName, '--part', String(c.part)], { cwd: copy.dir, encoding: 'utf8' });
    imports.set(c.imported, { status: out.status, output: `${out.stdout}${out.stderr}`, seconds: (performance.now() - started) / 1000 });
  }

  cpSync(join(FIXTURES, 'content'), join(copy.dir, 'content'), { recursive: true });
  copy.patch('content/partners/every-partner.yaml', 'trusts: [', `trusts: [${TRUST}, `);
  importFile('docx', 'constitution-2011.docx');
  importFile('pdf', 'cabinet-report-2012.pdf');
  importFile('html', 'youth-partnership-2012.html');
  importFile('scan', 'scanned-2012.pdf');
  importFile('again', 'constitution-2011.docx');

  // An editor works on the Word file's page: marks two duties, checks the title and changes it.
  const page = `content/docs/${TRUST}/constitution-2011.mdx`;
  copy.patch(page, 'The Board decides by consensus where it can.', '<Duty partners="every-partner" topics="decisions" status="in-force" subject="The Board">The Board decides by consensus where it can.</Duty>');
  copy.patch(page, 'A meeting of the Board is quorate when four members', '<Duty partners="every-partner" topics="meetings" status="in-force" subject="the Board">A meeting of the Board is quorate when four members');
  copy.patch(page, 'the Chair or the Vice-Chair.\n', 'the Chair or the Vice-Chair.</Duty>\n');
  copy.patch(page, "title: \"Brackenshire Children's Trust Board Constitution\"", "title: \"Constitution of the Brackenshire Children's Trust Board\"");
  copy.patch(page, "import Clause from '~/components/Clause.astro';", "import Clause from '~/components/Clause.astro';\nimport Duty from '~/components/Duty.astro';");
  const text = read(page).replace(/^ {2}- \{ field: title, .*\n/m, '');
  writeFileSync(join(copy.dir, page), text);
  importFile('update', 'constitution-2012.docx', '--slug', 'constitution-2011', '--update');

  const quorum = /`(npm run new:rule -- \S+ \S+ quorum)`/.exec(reportOf('cabinet-report-2012'))![1]!;
  run('rule', 'src/scripts/new-rule.ts', ...quorum.split(' ').slice(4));
  result = await build(copy);
  checks = checkSources(copy.dir, join(copy.dir, 'dist'));
  run('verify', 'src/scripts/verify.ts');
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
    expect(checks.length).toBeGreaterThan(0);
  });

  it.each(all.map((c) => [c.hand.id, c] as const))('%s: sentences, furniture and clause addresses', (_, c) => {
    const hand = readFileSync(join(ROOT, c.hand.file), 'utf8');
    const mine = readFileSync(join(copy.dir, 'content/docs', `${c.imported}.mdx`), 'utf8');
    const report = readFileSync(join(copy.dir, 'content/sources', c.trust, `${c.imported.split('/')[1]}.import.md`), 'utf8');
    const source = text(c.hand.sourceFile);

    // Every sentence of the source is on the built page (the sources of a two-part text are checked together).
    const check = checks.find((s) => s.source === `${c.trust}/${c.sourceName}.txt`)!;
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

describe('importing a Word file, a PDF and a web page', () => {
  it('imports each with npm run import', () => {
    for (const name of ['docx', 'pdf', 'html']) expect(runs.get(name)!.status, runs.get(name)!.output).toBe(0);
  });

  it('refuses a scanned PDF, saying it has no text layer', () => {
    expect(runs.get('scan')!.status).toBe(1);
    expect(runs.get('scan')!.output).toContain('This PDF has no text layer: its page is an image, as in a scan, so there are no words to import.');
  });

  it('refuses to overwrite a page already on the site unless asked to update it', () => {
    expect(runs.get('again')!.status).toBe(1);
    expect(runs.get('again')!.output).toContain(`content/docs/${TRUST}/constitution-2011.mdx is already on the site. To import a newer version of it, add --update`);
  });

  it('Word: numbered clauses, the table, the running footer recorded outside the text, and the report', () => {
    const report = section(reportOf('constitution-2011'), 'Clauses found');
    expect(report).toBe('17 addresses: 1, 1.1, 1.2, 2, 2.1, 3, 3.1, 3.2, 3.3, 3.4, 4, 4.1, 5, 5.1, 5.1(a), 5.1(b), 5.1(c)');
    const declaration = parse(read(`content/sources/${TRUST}/constitution-2011.yaml`)) as { outside: { where: string; text: string }[] };
    expect(declaration.outside).toEqual([expect.objectContaining({ where: 'word/footer1.xml', text: "Brackenshire Children's Trust Board Constitution, Version 3 – page {PAGE}" })]);
    expect(read(`content/docs/${TRUST}/constitution-2011.mdx`)).toContain('| **Agency** | **Members** |\n| --- | --- |\n| Brackenshire County Council | 2 |');
  });

  it('PDF: Cabinet-report numbering, the header block, the running footer declared as furniture', () => {
    const report = reportOf('cabinet-report-2012');
    expect(section(report, 'Clauses found')).toBe('11 addresses: 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 3.1, 4, 4.1, 4.2, 4.3');
    expect(section(report, 'Sentences of the source not yet on the page')).toMatch(/^None: all \d+ sentences of the source are on the page\.$/);
    expect(section(report, 'Furniture removed')).toContain('- running footer with a page number: 3 lines');
    expect(section(report, 'Candidate rule clauses')).toContain(
      '- quorum, clause 2.3: "A meeting of the Partnership Board would be quorate when five members are present, including at least one elected member."\n' +
        `  \`npm run new:rule -- ${TRUST}/cabinet-report-2012 2.3 quorum\``,
    );
    expect(section(report, 'Acronyms defined in the text')).toContain('- term: JSNA\n  expansion: "Joint Strategic Needs Assessment"\n  expandedInSource: true');
    const page = read(`content/docs/${TRUST}/cabinet-report-2012.mdx`);
    expect(page).toContain('issued: 2012-03-14\n');
    expect(page).toContain('  - label: "To"\n    value: "Cabinet – 14 March 2012"');
    expect(page).toContain('<Clause n="2.3" label="(3)">');
  });

  it('web page: the main content only, the site around it recorded outside the text, inline page footers as furniture', () => {
    const report = reportOf('youth-partnership-2012');
    expect(section(report, 'Clauses found')).toBe('13 addresses: 1, 1.1, 1.2, 2, 2.1, 2.2, 3, 3.1, 3.2, 3.3, 3.4, 4, 4.1');
    expect(section(report, 'Numbering the importer was unsure of')).toMatch(/^- line \d+ \(split\): Line \d+ prints the heading "4\. Review" and its first paragraph on one line; they are split\.$/);
    expect(read(`content/docs/${TRUST}/youth-partnership-2012.mdx`)).toContain('## 4. Review\n\n<Clause n="4.1">\n\nThe Partnership will look');
    const furniture = section(report, 'Furniture removed');
    expect(furniture).toContain('- running footer with a page number: 3 lines');
    expect(furniture).toContain('outside the text, <nav>: "Councillors Meetings Decisions"');
    expect(read(`content/sources/${TRUST}/youth-partnership-2012.txt`)).not.toContain('Privacy');
    expect(section(report, 'Candidate rule clauses')).toMatch(/- quorum, clause 3\.2: .*\n.*- interests, clause 3\.3: .*\n.*- protocol, clause 3\.4: /s);
  });

  it('lists every guessed field under review, and leaves what the text does not give empty', () => {
    const page = parse(/^---\n([\s\S]*?)\n---/.exec(read(`content/docs/${TRUST}/youth-partnership-2012.mdx`))![1]!) as Record<string, unknown>;
    expect((page.review as { field: string }[]).map((r) => r.field)).toEqual(['title', 'issued', 'documentType', 'status']);
    for (const field of ['authors', 'to', 'meeting', 'classification', 'version']) expect(page[field], field).toBeUndefined();
  });

  it('re-import keeps the marks and the checked title where the words are unchanged, and lists what changed', () => {
    expect(runs.get('update')!.status, runs.get('update')!.output).toBe(0);
    const page = read(`content/docs/${TRUST}/constitution-2011.mdx`);
    expect(page).toContain('<Duty partners="every-partner" topics="decisions" status="in-force" subject="The Board">The Board decides by consensus where it can.</Duty>');
    expect(page).not.toContain('topics="meetings"');
    expect(page).toContain('five members are present');
    expect(page).toContain("title: \"Constitution of the Brackenshire Children's Trust Board\"");
    expect(page).toContain('version: "3"');
    expect(clausesInMdx(page).map((c) => c.id)).not.toContain('2.2');
    const merge = section(reportOf('constitution-2011'), 'Re-import');
    expect(merge).toContain('- words changed: 3.2 (had <Duty> marks: mark it again)');
    expect(merge).toContain('- new clauses: 3.4');
    expect(merge).toContain('- clauses no longer in the text: 2.2');
  });

  it('scaffolds a draft rule from a candidate clause, with its words quoted and not read by the site', () => {
    expect(runs.get('rule')!.status, runs.get('rule')!.output).toBe(0);
    const draft = read(`content/rules/_draft-${TRUST}-quorum.yaml`);
    expect(draft).toContain(`  - citation: { document: ${TRUST}/cabinet-report-2012, clause: "2.3" }\n    words: "A meeting of the Partnership Board would be quorate when five members are present, including at least one elected member."`);
  });

  it('builds with no warning, and npm run verify passes with the fields to review listed', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(warningLines(result.output)).toEqual([]);
    const verify = runs.get('verify')!;
    expect(verify.status, verify.output).toBe(0);
    expect(verify.output).toContain('All checks passed.');
    for (const slug of ['constitution-2011', 'cabinet-report-2012', 'youth-partnership-2012']) {
      expect(verify.output).toMatch(new RegExp(`${TRUST}/${slug} .*\\n  clauses     \\d+\\n(?:  .*\\n)*?  source .*\\n  sentences   (\\d+) of \\1 found verbatim`));
      expect(verify.output).toContain(`REVIEW      content/docs/${TRUST}/${slug}.mdx: status:`);
    }
    expect(verify.output).toContain('outside     word/footer1.xml: running footer of the Word file');
  });
});
