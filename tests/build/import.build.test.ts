/**
 * `npm run import` on a Word file, a PDF and a saved web page of a made-up trust
 * (tests/fixtures/import/, made by make-fixtures.ts there): in a copy of the project each is
 * imported with the command an editor runs, the reports are checked, a newer version of the Word
 * file is imported over a page an editor has marked up, a rule is scaffolded from a candidate
 * clause, and the copy builds and passes `npm run verify` with no problem.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clausesInMdx } from '../../src/lib/clauses';
import { warningLines } from '../../src/lib/build-log';
import { build, makeCopy, ROOT, type BuildResult, type Copy } from './copy';

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

beforeAll(async () => {
  copy = makeCopy();
  cpSync(join(FIXTURES, 'content'), join(copy.dir, 'content'), { recursive: true });
  copy.patch('content/partners/every-partner.yaml', 'trusts: [', `trusts: [${TRUST}, `);
  importFile('docx', 'constitution-2011.docx');
  importFile('pdf', 'cabinet-report-2012.pdf');
  importFile('html', 'youth-partnership-2012.html');
  importFile('scan', 'scanned-2012.pdf');
  importFile('again', 'constitution-2011.docx');

  // An editor works on the Word file's page: marks two duties, checks the title and changes it.
  const page = `content/docs/${TRUST}/constitution-2011.mdx`;
  runs.set('before-update', { status: 0, output: read(page) });
  copy.patch(page, 'The Board decides by consensus where it can.', '<Duty partners="every-partner" topics="decisions">The Board decides by consensus where it can.</Duty>');
  copy.patch(page, 'A meeting of the Board is quorate when four members', '<Duty partners="every-partner" topics="meetings">A meeting of the Board is quorate when four members');
  copy.patch(page, 'the Chair or the Vice-Chair.\n', 'the Chair or the Vice-Chair.</Duty>\n');
  copy.patch(page, "title: \"Brackenshire Children's Trust Board Constitution\"", "title: \"Constitution of the Brackenshire Children's Trust Board\"");
  copy.patch(page, "import Clause from '~/components/Clause.astro';", "import Clause from '~/components/Clause.astro';\nimport Duty from '~/components/Duty.astro';");
  const text = read(page).replace(/^ {2}- \{ field: title, .*\n/m, '');
  writeFileSync(join(copy.dir, page), text);
  importFile('update', 'constitution-2012.docx', '--slug', 'constitution-2011', '--update');

  const quorum = /`(npm run new:rule -- \S+ \S+ quorum)`/.exec(reportOf('cabinet-report-2012'))![1]!;
  run('rule', 'src/scripts/new-rule.ts', ...quorum.split(' ').slice(4));
  result = await build(copy);
  run('verify', 'src/scripts/verify.ts');
}, 900_000);
afterAll(() => copy?.remove());

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
    expect(page).toContain('<Duty partners="every-partner" topics="decisions">The Board decides by consensus where it can.</Duty>');
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
      expect(verify.output).toMatch(new RegExp(`${TRUST}/${slug} .*\\n  clauses     \\d+\\n  source .*\\n  sentences   (\\d+) of \\1 found verbatim`));
      expect(verify.output).toContain(`REVIEW      content/docs/${TRUST}/${slug}.mdx: status:`);
    }
    expect(verify.output).toContain('outside     word/footer1.xml: running footer of the Word file');
  });
});
