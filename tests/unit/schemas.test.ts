/**
 * Each schema against a broken fixture in tests/fixtures/bad/: the message an editor sees is pinned,
 * and names the file, the field and what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { documentFields } from '../../src/schemas/document';
import { bodySchema } from '../../src/schemas/body';
import { glossarySchema } from '../../src/schemas/glossary';
import { planSchema } from '../../src/schemas/plan';
import { trustSchema } from '../../src/schemas/trust';
import { partnerSchema } from '../../src/schemas/partner';
import { ruleSchema } from '../../src/schemas/rule';
import { CONTENT, contentFiles } from '../content';

const fixture = (name: string) => {
  const text = readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
  return parse(frontmatter ? frontmatter[1]! : text);
};

/** The build's message shape: "<file>: <field>: <message>" per issue. */
function messages(name: string, schema: z.ZodType): string[] {
  const result = schema.safeParse(fixture(name));
  if (result.success) return [];
  return result.error.issues.map((issue) => `tests/fixtures/bad/${name}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

describe('document frontmatter', () => {
  it('a source document without a trust', () => {
    expect(messages('document-missing-trust.mdx', documentFields)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/document-missing-trust.mdx: trust: A source document (documentType "cabinet-report") needs "trust". Add it to the frontmatter, or set documentType: guide for a page of guidance.",
      ]
    `);
  });
  it('an unknown document type', () => {
    expect(messages('document-bad-type.mdx', documentFields)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/document-bad-type.mdx: documentType: Invalid option: expected one of "governance-framework"|"partnership-agreement"|"terms-of-reference"|"cabinet-report"|"board-report"|"scrutiny-report"|"review"|"guide"",
      ]
    `);
  });
  it('a date that is not a date', () => {
    expect(messages('document-bad-date.mdx', documentFields)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/document-bad-date.mdx: issued: Expected "issued" as a date written YYYY-MM-DD, e.g. 2007-11-26.",
      ]
    `);
  });
  it('superseded without naming the successor', () => {
    expect(messages('document-superseded-without-successor.mdx', documentFields)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/document-superseded-without-successor.mdx: supersededBy: A document with status "superseded" must name the document that replaced it in "supersededBy".",
      ]
    `);
  });
  it('accepts a guide with no trust', () => {
    expect(documentFields.safeParse({ documentType: 'guide' }).success).toBe(true);
  });
});

describe('data files', () => {
  it('body: a count that is not a number, and no citations', () => {
    expect(messages('body-wrong-type.yaml', bodySchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/body-wrong-type.yaml: members.0.count: Expected "count" as a whole number of seats, e.g. 1 (write the number, not "one").",
        "tests/fixtures/bad/body-wrong-type.yaml: citations: Every body must cite at least one clause it is described in.",
      ]
    `);
  });
  it('glossary: expanded in source but no citation', () => {
    expect(messages('glossary-expanded-without-citation.yaml', glossarySchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/glossary-expanded-without-citation.yaml: citation: A term marked expandedInSource: true needs its "expansion" and the "citation" of the clause that spells it out.",
      ]
    `);
  });
  it('glossary: a term of several words written as an acronym says how to write a term', () => {
    expect(messages('glossary-term-without-kind.yaml', glossarySchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/glossary-term-without-kind.yaml: term: An acronym is a single word without spaces, like "PCT"; "relevant partner" is not. For a term of several words, add kind: term and quote the words that define it under "definitions".",
      ]
    `);
  });
  it('glossary: a term with no words quoted to define it', () => {
    expect(messages('glossary-term-without-definitions.yaml', glossarySchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/glossary-term-without-definitions.yaml: definitions: Term "relevant partner" needs "definitions": the words of a document that say what it means, each { citation: { document, clause }, words }.",
      ]
    `);
  });
  it('glossary: Harrow 2.1 defines "relevant partner" in its own words; the entry parses as a term', () => {
    const entry = glossarySchema.parse({
      kind: 'term',
      term: 'relevant partner',
      definitions: [{ citation: { document: 'harrow/scrutiny-report-2009', clause: '2.1' }, words: "their 'relevant partners' to cooperate" }],
    });
    expect(entry).toMatchObject({ kind: 'term', term: 'relevant partner', definitions: [{ citation: { clause: '2.1' } }] });
    expect(glossarySchema.parse({ term: 'PCT', expansion: 'Primary Care Trust', expandedInSource: false }).kind).toBe('acronym');
  });
  it('plan: a date read from nothing (Key Proposal Three prints no dates)', () => {
    expect(messages('plan-date-without-printed-date.yaml', planSchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/plan-date-without-printed-date.yaml: proposals.0.actions.0.dueDate: An action has "due" and "dueDate" both set or both null: a date cannot be read from nothing, and a printed date must be read.",
      ]
    `);
  });
  it('partner: a listed collective must say, for each of its trusts, who is in it or that the documents do not list them', () => {
    expect(messages('partner-listed-without-members.yaml', partnerSchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/partner-listed-without-members.yaml: members.0.from: Expected "from" as YYYY-MM or YYYY-MM-DD, e.g. 2010-01.",
        "tests/fixtures/bad/partner-listed-without-members.yaml: members: Collective "relevant-partners" (reaches: listed) names trust "harrow" but neither lists its members there nor says under "unlisted" that the documents do not list them (with the nearest words).",
      ]
    `);
    const fixed = { ...fixture('partner-listed-without-members.yaml') };
    fixed.members[0].from = '2010-01';
    expect(partnerSchema.safeParse(fixed).error?.issues.map((i) => i.message)).toEqual([
      'Collective "relevant-partners" (reaches: listed) names trust "harrow" but neither lists its members there nor says under "unlisted" that the documents do not list them (with the nearest words).',
    ]);
    fixed.unlisted = [{ trust: 'harrow', nearest: { citation: { document: 'harrow/scrutiny-report-2009', clause: '2.1' }, words: "'relevant partners'" } }];
    expect(partnerSchema.safeParse(fixed).success).toBe(true);
    expect(partnerSchema.safeParse({ ...fixed, reaches: 'every-partner' }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'members: "members" is only for a collective with reaches: listed; this partner has reaches: every-partner.',
      'unlisted: "unlisted" is only for a collective with reaches: listed; this partner has reaches: every-partner.',
    ]);
  });
  it('trust: an id that cannot be an address', () => {
    expect(messages('trust-bad-id.yaml', trustSchema)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/trust-bad-id.yaml: id: Expected a lower-case id like "kent".",
      ]
    `);
  });
});

describe('the real content parses', () => {
  it('every trust, partner, body, plan and rule file', () => {
    const schemas: [string, z.ZodType][] = [
      ['trusts', trustSchema],
      ['partners', partnerSchema],
      ['bodies', bodySchema],
      ['plans', planSchema],
      ['rules', ruleSchema],
    ];
    const files = schemas.flatMap(([dir, schema]) => contentFiles(dir, ['yaml']).map((name) => ({ file: `content/${dir}/${name}`, schema })));
    // Whatever the content holds, but something: a trust at least.
    expect(files.filter((f) => f.file.startsWith('content/trusts/')).length).toBeGreaterThan(0);
    for (const { file, schema } of files) {
      const result = schema.safeParse(parse(readFileSync(join(CONTENT, '..', file), 'utf8')));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });
});

describe('rules: every parameter rests on words or a reading, and every other reading is computed', () => {
  const raw = (id: string) => parse(readFileSync(join(CONTENT, 'rules', `${id}.yaml`), 'utf8')) as Record<string, any>;
  const issues = (data: unknown) => {
    const result = ruleSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('Kent 10.4: a parameter with no basis names it and what to add', () => {
    const data = raw('kent-quorum');
    delete data.basis.minimum;
    expect(issues(data)).toEqual([
      'basis: Parameter "minimum" has no basis: add basis.minimum with the words that state it (states, quote), the reading that sets it (reading), or why it does not apply (notApplicable).',
    ]);
  });
  it('Kent 10.2: another reading the tool does not compute is refused', () => {
    const data = raw('kent-quorum');
    const reading = data.readings.find((r: { id: string }) => r.id === 'chair-and-kcc');
    delete reading.alternative.params;
    const at = data.readings.indexOf(reading);
    expect(issues(data)).toEqual([
      `readings.${at}.alternative: Reading "chair-and-kcc" has another reading the tool does not compute. Give alternative.params (or, in a protocol, mark the steps it opens with reading: chair-and-kcc), or, if it cannot change any answer, drop the alternative and say why in "adopted".`,
    ]);
  });
  it('a computed reading needs the label its answer is shown under', () => {
    const data = raw('kent-quorum');
    const at = data.readings.findIndex((r: { id: string }) => r.id === 'lsc-and-or');
    delete data.readings[at].alternative.label;
    expect(issues(data)).toEqual([
      `readings.${at}.alternative.label: A reading whose alternative has "params" needs a "label": how the tool introduces its answer, e.g. "If the Chair also counts for KCC".`,
    ]);
  });
  it('County Durham 9.4: a step a reading opens must name a reading that exists', () => {
    const data = raw('durham-dispute');
    const step = data.steps.findIndex((s: { id: string }) => s.id === 'deferred');
    const t = data.steps[step].transitions.findIndex((x: { reading?: string }) => x.reading);
    data.steps[step].transitions[t].reading = 'when-to-referr';
    expect(issues(data)).toContain(`steps.${step}.transitions.${t}.reading: Transition deferred -> referred belongs to reading "when-to-referr", which is not in readings (known: seven-days, special-meeting, when-to-refer).`);
  });
  it('Kent 10.3: the organisation a post holder comes from names a seat that exists', () => {
    const data = raw('kent-quorum');
    data.attendees[1].organisation.exclude = ['kcc-typo'];
    expect(issues(data)).toEqual(['attendees.1.organisation: Attendee "vice-chair" names seat "kcc-typo", which is not in seats (known: chair, kcc, kent-police, yos, health, district-councils, lsc).']);
  });
});
