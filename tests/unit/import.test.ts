/**
 * The importer's pure stages (src/lib/import/), each on small strings: inline markup and MDX
 * escaping, furniture, header block and parts, numbering into addresses (the scheme of
 * src/lib/clauses.ts), frontmatter from the text, acronyms and rule candidates, the whole
 * pipeline, and the re-import merge.
 */
import { describe, expect, it } from 'vitest';
import { clausesInMdx, headingNumber } from '../../src/lib/clauses';
import { readSource } from '../../src/lib/fidelity';
import { BOLD, plain, readInline, toMdx } from '../../src/lib/import/inline';
import { detectFurniture, hasExportMarkup } from '../../src/lib/import/furniture';
import { findParts, readHeader } from '../../src/lib/import/header';
import { initials, printedNumber, readDocument, splitRunIn } from '../../src/lib/import/structure';
import { deriveFields, findDate, namesIn } from '../../src/lib/import/frontmatter';
import { acronymsDefined, enclosingHeadings, expansionBefore, ruleCandidates } from '../../src/lib/import/findings';
import { importText, ImportRefusal, type ImportInput } from '../../src/lib/import/index';
import { chunks } from '../../src/lib/import/merge';
import { pageWords } from '../../src/lib/import/mdx';
import { ruleScaffold } from '../../src/lib/import/rule-scaffold';
import { documentTypes } from '../../src/schemas/document';
import type { ClauseNode, SourceLine } from '../../src/lib/import/types';

const lines = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const ids = (text: string, markup = false, options = {}) =>
  readDocument(lines(text), { markup, ...options }).nodes.flatMap((n) => (n.kind === 'clause' ? [`${n.id}${n.label ? `=${n.label}` : ''}`] : n.kind === 'heading' && n.id ? [`#${n.id}`] : []));
const base: Omit<ImportInput, 'text'> = { origin: 'a test', trust: 'testshire', slug: 'terms-2011', sourceName: 'terms-2011', documentTypes };

describe('inline: export markup read, and written back as MDX showing the same words', () => {
  it('reads bold, italics, links, tags, escapes and entities', () => {
    expect(plain(readInline('**Bold** and <b>tag</b>, [seen](http://x.org) \\_x\\_ &amp; *it*', true))).toBe('Bold and tag, seen _x_ & it');
    expect(readInline('**PAPER A:\nSecond Revision**', true)).toBe(`${BOLD}PAPER A:\nSecond Revision${BOLD}`);
  });
  it('leaves plain text alone when there is no markup', () => {
    expect(readInline('**not bold** here', false)).toBe('**not bold** here');
  });
  it('escapes what MDX or Markdown would read as markup, at the start of a line too', () => {
    expect(toMdx('Signed: _____ {name} <here>')).toBe('Signed: \\_\\_\\_\\_\\_ \\{name\\} \\<here\\>');
    expect(toMdx('1. not a list')).toBe('1\\. not a list');
    expect(toMdx('- not a list')).toBe('\\- not a list');
    expect(toMdx(`69${BOLD}6013${BOLD}`)).toBe('69**6013**');
    expect(toMdx('one\ntwo')).toBe('one\\\ntwo');
  });
  it('keeps web and e-mail addresses as printed', () => {
    expect(toMdx('see http://example.org/kct_change_for_children.cfm or a_b@example.org')).toBe('see http://example.org/kct_change_for_children.cfm or a_b@example.org');
  });
});

describe('furniture: recognised and declared with the reason', () => {
  const pages = ['1.1 First.', '', 'Testshire Terms, March 2011, Page 1', '\f', '1.2 Second.', '', 'Testshire Terms, March 2011, Page 2', '\f', '1.3 Third.', '', 'Testshire Terms, March 2011, Page 3'].join('\n');
  it('a running footer with a page number becomes one pattern, its number left free', () => {
    const found = detectFurniture(pages, { present: false });
    expect(found.furniture).toEqual([{ line: '^Testshire Terms, March 2011, Page \\d+$', why: 'running footer with a page number' }]);
    expect(found.matched[0]!.lines).toEqual([3, 7, 11]);
    expect(readSource(pages, found).dropped.map((d) => d.line)).toEqual([3, 7, 11]);
  });
  it('a contents page keeps its entries and drops their page numbers', () => {
    const text = 'Contents\n\n1. Purpose\t3\n2. Membership\t4\n3. Meetings\t6\n\n1. Purpose\n\n1.1 The Board meets.';
    const found = detectFurniture(text, { present: false });
    expect(found.furniture).toEqual([{ line: '^(\\d+\\.\\s.+?)\\t\\d+$', keep: '$1', why: 'contents-page line; the entry is kept and its page number dropped' }]);
  });
  it('on two pages, a footer with a page number at both breaks is furniture too', () => {
    const two = '1.1 First.\n\nTerms, page 1\n\f\n1.2 Second.\n\nTerms, page 2\n';
    expect(detectFurniture(two, { present: false }).furniture).toEqual([{ line: '^Terms, page \\d+$', why: 'running footer with a page number' }]);
  });
  it('a line repeated without a page number is furniture only where pages break', () => {
    expect(detectFurniture('CSP Standards:\n\na\n\nCSP Standards:\n\nb\n\nCSP Standards:\n\nc', { present: false }).furniture).toEqual([]);
  });
  it('export markup is declared once, horizontal rules with it', () => {
    expect(hasExportMarkup('## **Heading**\n\ntext')).toBe(true);
    expect(hasExportMarkup('A plain line.\nAnother.')).toBe(false);
    expect(detectFurniture('## A\n\n---\n\ntext', { present: true }).furniture.map((f) => f.why)).toEqual([
      'the text export carries Markdown and HTML markup (headings, bold, links, tags, escapes), which the site shows as formatting',
      'horizontal rule from the text export',
    ]);
  });
});

describe('header block and parts', () => {
  it('reads labelled lines, a value continued on the next line, bold labels', () => {
    const { fields } = readHeader(lines('By: Ann Example, Director  \nBen Example, Member\n\nTo: Cabinet - 1 May 2010\n\n**Summary:** Words.'), 0, true);
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['By', 'Ann Example, Director Ben Example, Member'],
      ['To', 'Cabinet - 1 May 2010'],
      ['Summary', 'Words.'],
    ]);
  });
  it('a second header block after the text starts a second document', () => {
    const parts = findParts(lines('By:\tA\nTo:\tCabinet\n\n1. (1) Text.\n\nBy: B\n\nTo: Board\n\n1.1 More.'), false);
    expect(parts.map((p) => [p.from, p.to, p.opening])).toEqual([
      [1, 5, 'By: A'],
      [6, 10, 'By: B'],
    ]);
  });
});

describe('numbering: printed numbers to addresses (src/lib/clauses.ts)', () => {
  it('reads each printed form', () => {
    expect(printedNumber('1. (1) The')?.printed).toEqual({ kind: 'cabinet', section: 1, para: 1 });
    expect(printedNumber('4.4. The')?.label).toBe('4.4.');
    expect(printedNumber('a) The')?.printed).toEqual({ kind: 'letter', letter: 'a' });
    expect(printedNumber('¹ The')?.printed).toEqual({ kind: 'note', n: 1 });
    expect(printedNumber('10.4 Quorum - five')?.rest).toBe('Quorum - five');
    expect(printedNumber('The 10.4')).toBeUndefined();
  });
  it('Cabinet reports: "1. (1)" then "(2)" is 1.1, 1.2; lettered items under them', () => {
    expect(ids('1. (1) One.\n\n(2) Two:\n\n(a) Aye\n\n(b) Bee\n\n2. (1) Three.\n\n3. Cabinet is asked to:\n\n(1) AGREE.')).toEqual([
      '1.1=1. (1)',
      '1.2=(2)',
      '1.2(a)=(a)',
      '1.2(b)=(b)',
      '2.1=2. (1)',
      '3=3.',
      '3.1=(1)',
    ]);
  });
  it('numbered headings, dotted clauses, a trailing dot kept as the label, a repeat and a gap flagged', () => {
    const doc = readDocument(lines('1. Purpose\n\n1.1 One.\n\n1.2. Two.\n\n1.2 Again.\n\n1.5 Five.'), { markup: false });
    expect(doc.nodes.map((n) => (n.kind === 'clause' ? `${n.id}${n.label ? `=${n.label}` : ''}` : n.kind === 'heading' ? `#${n.id}` : n.kind))).toEqual(['#1', '1.1', '1.2=1.2.', '1.2-2=1.2', '1.5']);
    expect(doc.flags.map((f) => [f.kind, f.line])).toEqual([
      ['repeated', 7],
      ['gap', 9],
    ]);
    expect(doc.flags[0]!.message).toBe('1.2 is printed again (line 7); its address is #1.2-2, as the scheme gives a repeated number.');
  });
  it('numbered items under an undotted section are X(n); a list restarting under another heading gets a prefix', () => {
    expect(ids('7. Terms of Reference\n\nIt will:\n\n1. Agree things.\n2. Assess needs.\n\n8. Finance\n\n8.1 Money.\n\nKent Partner Agency Agreement\n\nMembers will:\n\n1. Attend.\n2. Declare.', false, { trustName: 'Kent' })).toEqual([
      '#7',
      '7(1)=1.',
      '7(2)=2.',
      '#8',
      '8.1',
      'paa-1=1.',
      'paa-2=2.',
    ]);
    expect(initials("Kent Children's Trust Partner Agency Agreement", "Kent Children's Trust")).toBe('paa');
  });
  it('a list of requests ("is asked to:") is asked-n, the second asked-again-n', () => {
    expect(ids('The Board is asked to:\n\n1. Note.\n2. Agree.\n\n1. Introduction\n\n1.1 Text.\n\nThe Board is asked to:\n\n1. Note again.')).toEqual(['asked-1=1.', 'asked-2=2.', '#1', '1.1', 'asked-again-1=1.']);
  });
  it('a numbered line out of sequence stays a paragraph, flagged', () => {
    const doc = readDocument(lines('1. General\n\n1.1 Text.\n\n5 Local Boards\n\n2. Overview'), { markup: false });
    expect(ids('1. General\n\n1.1 Text.\n\n5 Local Boards\n\n2. Overview')).toEqual(['#1', '1.1', '#2']);
    expect(doc.flags.map((f) => f.kind)).toEqual(['unplaced']);
  });
  it('a paragraph cut by a page break is joined to the one it continues', () => {
    const doc = readDocument(lines('1.1 A long paragraph that the page break cuts in the middle of its sentence, before\n\n\n\nthe rest of it.'), { markup: false });
    const clause = doc.nodes[0] as ClauseNode;
    expect(clause.body).toEqual([{ kind: 'paragraph', line: 1, text: 'A long paragraph that the page break cuts in the middle of its sentence, before the rest of it.' }]);
    expect(doc.flags.map((f) => f.kind)).toEqual(['joined']);
  });
  it('footnotes are note-n; unnumbered paragraphs become clauses only where the editor asks', () => {
    expect(ids('1.1 Text.\n\n¹ A note.')).toEqual(['1.1', 'note-1=¹']);
    const text = '1. Purpose\n\n1.1 Text.\n\nBoard and Voting\n\nThe board votes.\n\nThe chair decides.';
    expect(ids(text)).toEqual(['#1', '1.1']);
    expect(ids(text, false, { paragraphs: { 'Board and Voting': 'voting' } })).toEqual(['#1', '1.1', 'voting-1=¶1', 'voting-2=¶2']);
  });
  it('lists keep their nesting; a list whose first item is its only shallow one is flat', () => {
    const doc = readDocument(lines('1.1 Lead:\n- one\n  - two\n  - three\n\n1.2 Lead:\n- **Group**\n - a\n - b\n- **Other**\n - c'), { markup: true });
    const depths = doc.nodes.map((n) => (n.kind === 'clause' ? n.body.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.depth) : [])) : []));
    expect(depths).toEqual([
      [0, 0, 0],
      [0, 1, 1, 0, 1],
    ]);
  });
  it('a contact block closes the clause before it', () => {
    const doc = readDocument(lines('1.1 Text.\n\nJoy Example\n\nManager\n\njoy@example.org\n\n01622 696013'), { markup: false });
    expect(doc.nodes.map((n) => n.kind)).toEqual(['clause', 'paragraph']);
    expect(plain((doc.nodes[1] as { text: string }).text)).toBe('Joy Example\nManager\njoy@example.org\n01622 696013');
  });
  it('a numbered heading printed on one line with its first paragraph is split from it', () => {
    expect(splitRunIn(`${BOLD}2. Membership${BOLD} 2.1 Each partner sends one.`, 1)).toEqual({ number: '2', heading: '2. Membership', rest: `${BOLD}${BOLD}2.1 Each partner sends one.` });
    expect(splitRunIn('2. Membership 2.1 Each partner sends one.', 4)).toBeUndefined();
    expect(splitRunIn('3.1 The Board meets 3.1 times.')).toBeUndefined();
    const doc = readDocument(lines('1. Purpose\n\n1.1 Text.\n\n2. Membership 2.1 Each partner sends one.'), { markup: false });
    expect(ids('1. Purpose\n\n1.1 Text.\n\n2. Membership 2.1 Each partner sends one.')).toEqual(['#1', '1.1', '#2', '2.1']);
    expect(doc.flags.map((f) => f.kind)).toEqual(['split']);
  });
  it('numbered headings keep their number as the heading id', () => {
    expect(headingNumber('4 The Trust')).toBe('4');
    expect(ids('1. Purpose\n\n1.1 Text.\n\n2 Membership\n\n2.1 Text.')).toEqual(['#1', '1.1', '#2', '2.1']);
  });
});

describe('frontmatter from the text, each guess under review', () => {
  it('reads dates with their precision', () => {
    expect(findDate('Cabinet – 26 th November 2007')).toMatchObject({ iso: '2007-11-26', precision: 'day', written: '26 November 2007' });
    expect(findDate('KCT Partnership Agreement, May 2008, Version 4')).toMatchObject({ iso: '2008-05-01', precision: 'month' });
    expect(findDate('21/04/2009')).toMatchObject({ iso: '2009-04-21', precision: 'day' });
    expect(findDate('no date')).toBeUndefined();
  });
  it('finds the people in a "By:" line, not their job titles', () => {
    expect(namesIn('Graham Badman, Managing Director for Children, Families and Education Mark Dance, Cabinet Member for Operations, Resources and Skills, CFE Chris Wells, Cabinet Member')).toEqual(['Graham Badman', 'Mark Dance', 'Chris Wells']);
  });
  it('fills what the header block says and lists each under review; leaves the rest empty', () => {
    const doc = readDocument(lines('By:\tAnn Example, Director\nTo:\tCabinet – 1 May 2010\nSubject:\tA Board\nClassification:\tUnrestricted\n\n1. (1) Text.'), { markup: false });
    const derived = deriveFields(doc, { documentTypes });
    expect(derived.fields).toEqual({ title: 'A Board', issued: '2010-05-01', issuedPrecision: 'day', authors: ['Ann Example'], to: 'Cabinet', meeting: 'Cabinet, 1 May 2010', classification: 'Unrestricted', documentType: 'cabinet-report' });
    expect(derived.review.map((r) => r.field)).toEqual(['title', 'issued', 'authors', 'to', 'meeting', 'classification', 'documentType', 'status']);
    expect(derived.review[1]!.note).toBe('read from "To: Cabinet – 1 May 2010" (line 2): "1 May 2010"');
    expect(derived.empty).toEqual(['version']);
  });
  it('a title and type given on the command line are not guesses', () => {
    const doc = readDocument(lines('1.1 Text.'), { markup: false });
    const derived = deriveFields(doc, { title: 'Given', documentType: 'review', documentTypes });
    expect(derived.fields).toEqual({ title: 'Given', documentType: 'review' });
    expect(derived.review.map((r) => r.field)).toEqual(['status']);
  });
});

describe('findings: acronyms and candidate rule clauses', () => {
  it('finds the words an acronym stands for', () => {
    expect(expansionBefore('through the Local Area Agreement', 'LAA')).toBe('Local Area Agreement');
    expect(expansionBefore('the Children and Young People’s Plan', 'CYPP')).toBe('Children and Young People’s Plan');
    expect(expansionBefore('the Lead Elected Member', 'LM')).toBe('Lead Elected Member');
    expect(expansionBefore('the plan', 'LAA')).toBeUndefined();
  });
  it('offers each acronym once, with the clause that spells it out', () => {
    const doc = readDocument(lines('1.1 The Local Area Agreement (LAA) matters.\n\n1.2 The LAA (LAA) again.'), { markup: false });
    expect(acronymsDefined(doc.nodes)).toEqual([{ term: 'LAA', expansion: 'Local Area Agreement', clause: '1.1', line: 1 }]);
  });
  it('words under an unnumbered subheading cite the numbered heading above it, not after a heading of its level', () => {
    const doc = readDocument(lines('1. Purpose\n\n1.1 Text.\n\nScope\n\nThe Local Area Agreement (LAA) applies.'), { markup: false });
    expect(acronymsDefined(doc.nodes).map((a) => [a.term, a.clause])).toEqual([['LAA', '1']]);
    const p = (text: string) => ({ kind: 'paragraph' as const, text, line: 1 });
    expect(enclosingHeadings([{ kind: 'heading', level: 2, text: '1. A', line: 1, id: '1' }, { kind: 'heading', level: 3, text: 'Sub', line: 2 }, p('x'), { kind: 'heading', level: 2, text: 'Annex', line: 4 }, p('y')])).toEqual(['1', '1', '1', undefined, undefined]);
  });
  it('a heading under which a new numbering starts is a top-level heading', () => {
    const doc = readDocument(lines('1. Purpose\n\n1.1 Text.\n\nPartner Agreement\n\n1. Attend.'), { markup: false });
    expect(doc.nodes.map((n) => (n.kind === 'heading' ? `${n.level} ${n.text}` : n.kind))).toEqual(['2 1. Purpose', 'clause', '2 Partner Agreement', 'clause']);
  });
  it('names the kind of rule a clause looks like, with the sentence', () => {
    const doc = readDocument(lines('3.1 The Board meets. It is quorate when four members are present.\n\n3.2 In the event of a tied vote the Chair has a casting vote.\n\n3.3 Members declare any interest.\n\n3.4 Disputes go to the Chair.\n\n3.5 Members commit to attending 3 of 4 meetings.'), { markup: false });
    expect(ruleCandidates(doc.nodes).map((c) => [c.kind, c.clause, c.words])).toEqual([
      ['quorum', '3.1', 'It is quorate when four members are present.'],
      ['vote', '3.2', 'In the event of a tied vote the Chair has a casting vote.'],
      ['interests', '3.3', 'Members declare any interest.'],
      ['protocol', '3.4', 'Disputes go to the Chair.'],
      ['attendance', '3.5', 'Members commit to attending 3 of 4 meetings.'],
    ]);
  });
  it('scaffolds a rule with the words quoted and the rest for the editor', () => {
    const yaml = ruleScaffold({ document: 'testshire/terms-2011', clause: '3.1', kind: 'quorum', words: 'It is quorate when four members are present.', command: 'npm run new:rule -- testshire/terms-2011 3.1 quorum' });
    expect(yaml).toContain('id: testshire-quorum\nkind: quorum\nprovision: stated\ntrust: testshire\n');
    expect(yaml).toContain('statement:\n  - citation: { document: testshire/terms-2011, clause: "3.1" }\n    words: "It is quorate when four members are present."');
    expect(yaml).toContain('minimum: 0 # REPLACE');
  });
});

describe('the pipeline: text to MDX and report', () => {
  const text = 'Testshire Children\'s Trust\n\nConstitution, March 2011\n\n1. Purpose\n\n1.1 The Board plans services for children.\n\nTestshire Terms, Page 1\n\f\n2. Meetings\n\n2.1 The Board is quorate when four members are present.\n\nTestshire Terms, Page 2\n\f\n2.2 The Local Area Agreement (LAA) applies.\n\nTestshire Terms, Page 3\n';
  const result = importText({ ...base, text });
  it('writes every numbered paragraph as a <Clause>, and every sentence is on the page', () => {
    expect(clausesInMdx(result.mdx).map((c) => c.id)).toEqual(['1', '1.1', '2', '2.1', '2.2']);
    expect(result.mdx).toContain('<Clause n="2.1">\n\nThe Board is quorate when four members are present.\n\n</Clause>');
    expect(result.report.missing).toEqual([]);
    expect(result.report.sentences).toBe(readSource(text, result.declaration).sentences.length);
  });
  it('declares the footer, fills the frontmatter from the title page, lists the guesses', () => {
    expect(result.declaration.furniture).toEqual([{ line: '^Testshire Terms, Page \\d+$', why: 'running footer with a page number' }]);
    expect(result.mdx).toMatch(/^---\ntitle: "Testshire Children's Trust Constitution"\ntrust: testshire\ndocumentType: governance-framework\nissued: 2011-03-01\nissuedPrecision: month\n/);
    expect(result.report.review.map((r) => r.field)).toEqual(['title', 'issued', 'documentType', 'status']);
    expect(result.report.rules.map((r) => r.command)).toEqual(['npm run new:rule -- testshire/terms-2011 2.1 quorum']);
    expect(result.report.acronyms.map((a) => [a.term, a.clause])).toEqual([['LAA', '2.2']]);
  });
  it('refuses a text that gives no type, naming the option', () => {
    expect(() => importText({ ...base, text: '1.1 Text only.', title: 'T' })).toThrow(ImportRefusal);
    expect(() => importText({ ...base, text: '1.1 Text only.', title: 'T' })).toThrow(/Give it with --type, one of: governance-framework/);
  });
  it('the words a page shows are what pageWords reads back', () => {
    expect(pageWords('---\ntitle: "T"\nheader:\n  - label: "To"\n    value: "Cabinet"\n---\n<Clause n="1.1" label="1. (1)">\n\nA \\_b\\_ **c**.\n\n</Clause>')).toBe('T To: Cabinet 1. (1) A _b_ c.');
  });
});

describe('re-import: the editor’s marks kept where the words are unchanged', () => {
  const v1 = '1. Meetings\n\n1.1 The Board meets four times a year.\n\n1.2 Four members make a quorum.\n\n1.3 The Chair has a casting vote.';
  const v2 = '1. Meetings\n\n1.1 The Board meets four times a year.\n\n1.2 Five members make a quorum.\n\n1.4 Deputies may attend.';
  const first = importText({ ...base, text: v1, title: 'Terms', documentType: 'governance-framework' });
  const edited = first.mdx
    .replace('The Board meets four times a year.', '<Duty partners="every-partner" topics="meetings">The Board meets four times a year.</Duty>')
    .replace('Four members make a quorum.', '<Duty partners="every-partner" topics="meetings">Four members make a quorum.</Duty>')
    .replace('</Clause>\n\n<Clause n="1.2">', '</Clause>\n\n<Gap title="Kept">\nAfter 1.1.\n</Gap>\n\n<Clause n="1.2">')
    .replace(/<\/Clause>\n$/, '</Clause>\n\n<Gap title="Lost">\nAfter 1.3.\n</Gap>\n');
  const again = importText({ ...base, text: v2, title: 'Terms', documentType: 'governance-framework', existing: edited });
  it('keeps the marks of an unchanged clause and lists the changed, new and gone', () => {
    expect(again.mdx).toContain('<Duty partners="every-partner" topics="meetings">The Board meets four times a year.</Duty>');
    expect(again.mdx).toContain('<Clause n="1.2">\n\nFive members make a quorum.');
    expect(again.report.merge).toEqual({
      kept: ['1.1'],
      changed: [{ id: '1.2', marks: true }],
      appeared: ['1.4'],
      disappeared: ['1.3'],
      notes: ['<Gap> after clause 1.3 is not carried over: what it followed is no longer in the text. Add it again where it belongs.'],
    });
    expect(again.mdx).toContain('</Clause>\n\n<Gap title="Kept">\nAfter 1.1.\n</Gap>\n\n<Clause n="1.2">');
  });
  it('reads an MDX body as chunks: clauses, components, blocks', () => {
    expect(chunks('import X from "x";\n\n<Clause n="1">\n\nA\n\n</Clause>\n\n<Gap title="g">\nB\n</Gap>\n\nC\nD').map((c) => c.kind)).toEqual(['import', 'clause', 'component', 'block']);
  });
});
