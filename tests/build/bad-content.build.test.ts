/**
 * Broken content fails the real build, with a message that names the file, the field or clause and
 * what was expected. Each group drops fixtures of tests/fixtures/bad/ (or a small patch) into a
 * temporary copy of the project, runs `astro build` there once, and pins the lines an editor
 * would read. Mistakes that the site validation reports together share one copy.
 * The messages are listed in CONTRIBUTING.md, "What the build checks".
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { build, knownIds, lineWith, makeCopy, ROOT, type BuildResult, type Copy } from './copy';

const MINUTES = 60_000;

/** Builds a copy prepared by `prepare` once for the tests of the enclosing describe. */
function brokenBuild(prepare: (copy: Copy) => void): () => BuildResult {
  let copy: Copy | undefined;
  let result: BuildResult | undefined;
  beforeAll(async () => {
    copy = makeCopy();
    prepare(copy);
    result = await build(copy);
  }, 3 * MINUTES);
  afterAll(() => copy?.remove());
  return () => {
    if (!result) throw new Error('the build did not run');
    return result;
  };
}

/**
 * The build failed and printed `text` (and each of `also`); returns the lines that hold them, for
 * the snapshot. Astro names the file of a schema error on a line of its own (`Location:`).
 */
function failedWith(result: BuildResult, text: string, ...also: string[]): string {
  expect(result.code, result.output.slice(-3000)).not.toBe(0);
  for (const t of [text, ...also]) expect(result.output).toContain(t);
  return [text, ...also].map((t) => lineWith(result.output, t)).join('\n');
}

describe('a field of the wrong type', () => {
  const result = brokenBuild((copy) => copy.drop('body-wrong-type.yaml', 'content/bodies/kent/kent-kct-board.yaml'));
  test('names the file, the field and the type expected', () => {
    expect(failedWith(result(), 'Expected "count" as a whole number of seats', 'bodies → kent/kent-kct-board', '<copy>/content/bodies/kent/kent-kct-board.yaml')).toMatchInlineSnapshot(`
      "members.0.count: Expected "count" as a whole number of seats, e.g. 1 (write the number, not "one").
      [InvalidContentEntryDataError] bodies → kent/kent-kct-board data does not match collection schema.
      <copy>/content/bodies/kent/kent-kct-board.yaml:0:0"
    `);
  });
});

describe('a missing required field', () => {
  const result = brokenBuild((copy) => copy.drop('document-missing-trust.mdx', 'content/docs/kent/missing-trust.mdx'));
  test('names the field and how to add it', () => {
    expect(failedWith(result(), 'needs "trust"', 'docs → kent/missing-trust', '<copy>/content/docs/kent/missing-trust.mdx')).toMatchInlineSnapshot(`
      "trust: A source document (documentType "cabinet-report") needs "trust". Add it to the frontmatter, or set documentType: guide for a page of guidance.
      [InvalidContentEntryDataError] docs → kent/missing-trust data does not match collection schema.
      <copy>/content/docs/kent/missing-trust.mdx:0:0"
    `);
  });
});

describe('an unknown enum value', () => {
  const result = brokenBuild((copy) => copy.drop('document-bad-type.mdx', 'content/docs/kent/bad-type.mdx'));
  test('lists the values allowed', () => {
    expect(failedWith(result(), 'expected one of "governance-framework"', 'docs → kent/bad-type', '<copy>/content/docs/kent/bad-type.mdx')).toMatchInlineSnapshot(`
      "documentType: Invalid option: expected one of "governance-framework"|"partnership-agreement"|"terms-of-reference"|"cabinet-report"|"board-report"|"scrutiny-report"|"review"|"guide"
      [InvalidContentEntryDataError] docs → kent/bad-type data does not match collection schema.
      <copy>/content/docs/kent/bad-type.mdx:0:0"
    `);
  });
});

describe('a line of an unknown kind, and a line without a status', () => {
  const result = brokenBuild((copy) => copy.drop('body-unknown-line-kind.yaml', 'content/bodies/kent/kent-kct-executive.yaml'));
  test('names the file, the field and the kinds and statuses expected', () => {
    expect(failedWith(result(), 'Expected "kind" to be one of the line kinds', 'Give "status"', 'bodies → kent/kent-kct-executive', '<copy>/content/bodies/kent/kent-kct-executive.yaml')).toMatchInlineSnapshot(`
      "lines.0.kind: Expected "kind" to be one of the line kinds (accountable-to, accountable-for, reports-to, reports-to-and-from, part-of, member-of, holds-to-account, scrutinises, commissions, replaces, supports, works-within, executive-for, reporting-managed-by, links-with), not "oversees". Each kind needs words that state it; see src/schemas/body.ts.
      lines.1.status: Give "status": one of "in-force", "proposed", "recommended", "aspiration", as the words state it (the Kent 2007 scrutiny lines are "recommended": Cabinet was asked to agree them).
      [InvalidContentEntryDataError] bodies → kent/kent-kct-executive data does not match collection schema.
      <copy>/content/bodies/kent/kent-kct-executive.yaml:0:0"
    `);
  });
});

describe('claims that say more than their words, reported together by the site validation', () => {
  const result = brokenBuild((copy) => {
    // Kent 2007 5.3 drawn in force although Cabinet was only asked to agree it; Durham 6.9 given a scope it does not have.
    copy.patch('content/bodies/kent/kent-kcc-executive-scrutiny-panel.yaml', 'status: recommended', 'status: in-force');
    copy.patch('content/bodies/durham/durham-childrens-trust.yaml', 'scope: "for performance in relation to those targets included within the CYP block"', 'scope: "for performance on every block"');
  });
  test('names the file, the field and what the words show', () => {
    expect(failedWith(result(), 'body "kent-kcc-executive-scrutiny-panel" field "lines[0]"', 'body "durham-childrens-trust" field "lines[0].scope"')).toMatchInlineSnapshot(`
      "- content/bodies/kent/kent-kcc-executive-scrutiny-panel.yaml: body "kent-kcc-executive-scrutiny-panel" field "lines[0]" is in force, but its "statusWords" read as a recommendation ("asked to": "Cabinet are asked to:"). Set "status: recommended", or quote words that show it in force.
      - content/bodies/durham/durham-childrens-trust.yaml: body "durham-childrens-trust" field "lines[0].scope" is "for performance on every block", which is not in clause 6.9 of durham/governance-arrangements-2009. Give the scope in the words of the clause the claim quotes."
    `);
  });
});

describe('a date that is not YYYY-MM-DD', () => {
  const result = brokenBuild((copy) => copy.drop('document-bad-date.mdx', 'content/docs/kent/bad-date.mdx'));
  test('gives the format and an example', () => {
    expect(failedWith(result(), 'Expected "issued" as a date written YYYY-MM-DD', 'docs → kent/bad-date', '<copy>/content/docs/kent/bad-date.mdx')).toMatchInlineSnapshot(`
      "issued: Expected "issued" as a date written YYYY-MM-DD, e.g. 2007-11-26.
      [InvalidContentEntryDataError] docs → kent/bad-date data does not match collection schema.
      <copy>/content/docs/kent/bad-date.mdx:0:0"
    `);
  });
});

describe('a quorum rule with a seat of unknown attendees and a quorum larger than its seats', () => {
  const result = brokenBuild((copy) => {
    copy.patch('content/rules/kent-quorum.yaml', 'anyOf: [[kcc]]', 'anyOf: [[kcc-typo]]');
    copy.patch('content/rules/kent-quorum.yaml', 'minimum: 5', 'minimum: 9');
  });
  test('Kent partnership agreement 10.4: a seat names an attendee that is not listed', () => {
    expect(failedWith(result(), 'names attendee "kcc-typo"', 'rules → kent-quorum', '<copy>/content/rules/kent-quorum.yaml')).toMatchInlineSnapshot(`
      "seats.1.anyOf: Seat "kcc" names attendee "kcc-typo", which is not in attendees (known: chair, vice-chair, kcc, kent-police, yos, chc, pct-first, pct-second, district-councils, lsc, providers).
      [InvalidContentEntryDataError] rules → kent-quorum data does not match collection schema.
      <copy>/content/rules/kent-quorum.yaml:0:0"
    `);
  });
  test('Kent partnership agreement 10.4: a quorum of nine of seven seats', () => {
    expect(failedWith(result(), 'The quorum is 9')).toMatchInlineSnapshot(`"params.minimum: The quorum is 9 but the rule has only 7 seats that count."`);
  });
});

describe('a furniture declaration whose pattern does not compile', () => {
  const result = brokenBuild((copy) => copy.drop('source-bad-furniture.yaml', 'content/sources/kent/governance-framework-2007.yaml'));
  test('names the file, the field and what a pattern must be', () => {
    expect(failedWith(result(), 'Expected a regular expression', 'sources → kent/governance-framework-2007', '<copy>/content/sources/kent/governance-framework-2007.yaml')).toMatchInlineSnapshot(`
      "furniture.0.line: Expected a regular expression (JavaScript syntax) that compiles, e.g. "^KCT Partnership Agreement, May 2008, Version 4 \\d+$".
      [InvalidContentEntryDataError] sources → kent/governance-framework-2007 data does not match collection schema.
      <copy>/content/sources/kent/governance-framework-2007.yaml:0:0"
    `);
  });
});

describe('a glossary term defined twice', () => {
  const result = brokenBuild((copy) => copy.drop('glossary-duplicate-term.yaml', 'content/glossary/more-terms.yaml'));
  test('names both places', () => {
    // Where CAF stands in the project's glossary, so the message holds as terms are added.
    const item = (parse(readFileSync(join(ROOT, 'content/glossary/terms.yaml'), 'utf8')) as { term: string }[]).findIndex((t) => t.term === 'CAF') + 1;
    expect(item).toBeGreaterThan(0);
    expect(failedWith(result(), 'Glossary term "CAF" is defined twice')).toBe(
      `Glossary term "CAF" is defined twice (content/glossary/more-terms.yaml item 1 and content/glossary/terms.yaml item ${item}). Keep one definition.`,
    );
  });
});

describe('a quotation that differs from its clause by one invisible character', () => {
  // Kent partnership agreement 10.2 prints "Children's" with a straight apostrophe; the editor pasted a typographic one.
  const FILE = 'content/bodies/kent/kent-kct-board.yaml';
  const PRINTED = "the Director of Children's Services (KCC's";
  const result = brokenBuild((copy) => copy.patch(FILE, `words: "${PRINTED}`, `words: "${PRINTED.replace("Children's", 'Children’s')}`));
  /** The line of the body file the chair's words stand on, from the project's own file. */
  const line = readFileSync(join(ROOT, FILE), 'utf8').split('\n').findIndex((l) => l.includes(`words: "${PRINTED}`)) + 1;
  test('Kent partnership agreement 10.2: the file and line, the field, the clause, both words, and a caret at the difference', () => {
    expect(line).toBeGreaterThan(0);
    const output = result().output;
    const first = failedWith(result(), `${FILE}:${line}: body "kent-kct-board" field "chair.words" quotes words that are not in clause 10.2 of kent/partnership-agreement-2008.`);
    const block = output.slice(output.indexOf(first)).split('\n').slice(0, 5).map((l) => l.trimEnd()).join('\n');
    expect(block.replace(`:${line}:`, ':<line>:')).toMatchInlineSnapshot(`
      "- content/bodies/kent/kent-kct-board.yaml:<line>: body "kent-kct-board" field "chair.words" quotes words that are not in clause 10.2 of kent/partnership-agreement-2008. Quote the clause exactly as printed; its nearest words differ at the caret:
          quoted: "the Director of Children’s Services (KCC's Managing Director…"
          clause: "the Director of Children's Services (KCC's Managing Director…"
                                           ^ the quote has ’ (U+2019, a typographic (curly) apostrophe) where the clause has ' (U+0027, a straight apostrophe); they look alike, so copy the clause's character
          the clause's words: "the Director of Children's Services (KCC's Managing Director of Children, Families and Education Directorate) will chair KCT""
    `);
  });
  test('Astro\'s "Location:" names the content file, not a file under node_modules', () => {
    const output = result().output;
    const location = output.split('\n').findIndex((l) => l.trim() === 'Location:');
    expect(location, output.slice(-3000)).toBeGreaterThan(0);
    expect(output.split("\n")[location + 1]!.trim()).toBe(`${FILE}:${line}:1`);
    expect(output).not.toMatch(/node_modules\/astro\/dist/);
  });
});

describe('broken references, reported together by the site validation', () => {
  const result = brokenBuild((copy) => {
    copy.drop('body-dangling-references.yaml', 'content/bodies/kent/kent-bad-references.yaml');
    copy.drop('document-dangling-and-duplicates.mdx', 'content/docs/kent/bad-references.mdx');
    copy.drop('partner-duplicate-id.yaml', 'content/partners/kent/police.yaml');
    copy.patch('content/rules/kent-quorum.yaml', 'label: "Kent Police", partner: police', 'label: "Kent Police", partner: polise');
    copy.patch('content/docs/harrow/scrutiny-report-2009.mdx', 'file: "harrow/scrutiny-report-2009.txt"', 'file: "harrow/scrutiny-report-2008.txt"');
  });
  test('a source text that is not in content/sources/', () => {
    expect(failedWith(result(), 'but there is no content/sources/harrow/scrutiny-report-2008.txt')).toMatchInlineSnapshot(`"- content/docs/harrow/scrutiny-report-2009.mdx: document "harrow/scrutiny-report-2009" field "source.file" is "harrow/scrutiny-report-2008.txt", but there is no content/sources/harrow/scrutiny-report-2008.txt. Put the document's source text there (did you mean "harrow/scrutiny-report-2009.txt"?)."`);
  });
  test('a trust that does not exist', () => {
    expect(failedWith(result(), 'field "trust" names trust "kentt"')).toBe(`- content/bodies/kent/kent-bad-references.yaml: body "kent-bad-references" field "trust" names trust "kentt", which does not exist (known trusts: ${knownIds('trusts')}).`);
  });
  test('a partner that does not exist', () => {
    expect(failedWith(result(), 'field "members[0].partner" names partner "polise"')).toBe(`- content/bodies/kent/kent-bad-references.yaml: body "kent-bad-references" field "members[0].partner" names partner "polise", which does not exist (known partners: ${knownIds('partners')}).`);
  });
  test('a body that does not exist', () => {
    expect(failedWith(result(), 'names body "kent-no-such-board"')).toBe(`- content/bodies/kent/kent-bad-references.yaml: body "kent-bad-references" field "lines[0].to" names body "kent-no-such-board", which does not exist (known bodies: ${knownIds('bodies', 'kent-bad-references')}).`);
  });
  test('a document that does not exist', () => {
    expect(failedWith(result(), 'names document "kent/no-such-document"')).toBe(`- content/docs/kent/bad-references.mdx: document "kent/bad-references" field "supersedes" names document "kent/no-such-document", which does not exist (known documents: ${knownIds('docs', 'kent/bad-references')}).`);
  });
  test('a citation of a clause the document does not have', () => {
    expect(failedWith(result(), 'cites clause 10.9 of kent/partnership-agreement-2008')).toMatchInlineSnapshot(`"- content/bodies/kent/kent-bad-references.yaml: body "kent-bad-references" field "citations[0]" cites clause 10.9 of kent/partnership-agreement-2008, which has no such clause (clauses near it: 10, 10.1, 10.2)."`);
  });
  test('a clause id defined twice in a document', () => {
    expect(failedWith(result(), 'clause id "1.1" is defined 2 times')).toMatchInlineSnapshot(`"- content/docs/kent/bad-references.mdx: clause id "1.1" is defined 2 times (lines 12, 16). Clause ids must be unique on a page; give a repeated printed number a suffix, e.g. n="1.1-2" label="1.1"."`);
  });
  test('two files with the same id', () => {
    expect(failedWith(result(), 'partner id "police" is already used by')).toMatchInlineSnapshot(`"- content/partners/police.yaml: partner id "police" is already used by content/partners/kent/police.yaml. Ids must be unique; rename one file and its "id"."`);
  });
  test('a <Duty> naming a partner that does not exist', () => {
    expect(failedWith(result(), '<Duty> in clause 1.1 names partner "kent-polise"')).toBe(`- content/docs/kent/bad-references.mdx:17: <Duty> in clause 1.1 names partner "kent-polise", which does not exist. Partners are the files in content/partners/: ${knownIds('partners')}.`);
  });
  test('Kent partnership agreement 10.4: a rule attendee naming a partner that does not exist', () => {
    expect(failedWith(result(), 'field "attendees[3].partner" names partner "polise"')).toBe(`- content/rules/kent-quorum.yaml: rule "kent-quorum" field "attendees[3].partner" names partner "polise", which does not exist (known partners: ${knownIds('partners')}).`);
  });
});

describe('a clause review that does not match the claims', () => {
  const result = brokenBuild((copy) => copy.drop('review-dangling.yaml', 'content/reviews/kent/governance-framework-2007.yaml'));
  test('an entry for a clause the document does not have', () => {
    expect(failedWith(result(), 'names clause 5.9')).toMatchInlineSnapshot(`"- content/reviews/kent/governance-framework-2007.yaml: clauses[0] names clause 5.9, which kent/governance-framework-2007 does not have (clauses near it: 5, 5.1, 5.2)."`);
  });
  test('a claim id the site does not make, with the likely one', () => {
    expect(failedWith(result(), 'lists claim "glossary:ECN"')).toMatchInlineSnapshot(`"- content/reviews/kent/governance-framework-2007.yaml: clause 1.1 lists claim "glossary:ECN", which the site does not make (did you mean "glossary:ECM"?). Claim ids are computed from the content (src/lib/claim-register.ts); the document's provenance page lists them."`);
  });
  test('a claim that cites a reviewed clause but is not in its entry', () => {
    expect(failedWith(result(), 'does not list claim "partner:police:statutory:1"')).toMatchInlineSnapshot(`"- content/reviews/kent/governance-framework-2007.yaml: clause 1.2 does not list claim "partner:police:statutory:1" (partner-fact: Police: statutory footing, Children Act 2004, section 10: a relevant partner with a duty…), which cites it. Check the claim against the clause's words and add it to "claims" (with a finding if it says more than they do)."`);
  });
});

describe('broken internal links', () => {
  const result = brokenBuild((copy) => copy.drop('guide-broken-links.mdx', 'content/docs/about/broken-links.mdx'));
  test('a link to a page that was not built', () => {
    expect(failedWith(result(), 'link to /kent/no-such-page/: no such page')).toMatchInlineSnapshot(`"- /about/broken-links/: link to /kent/no-such-page/: no such page"`);
  });
  test('a link to a fragment that is no id on its page', () => {
    expect(failedWith(result(), 'no element with id "99.9"')).toMatchInlineSnapshot(`"- /about/broken-links/: link to /kent/partnership-agreement-2008/#99.9: no element with id "99.9" on /kent/partnership-agreement-2008/"`);
  });
});

describe('an invalid Mermaid diagram', () => {
  const result = brokenBuild((copy) => copy.drop('guide-invalid-mermaid.mdx', 'content/docs/about/broken-diagram.mdx'));
  test('names the file, the line of the block and the parse error', () => {
    expect(failedWith(result(), 'the Mermaid diagram does not parse')).toMatchInlineSnapshot(`"content/docs/about/broken-diagram.mdx:4: the Mermaid diagram does not parse. Parse error on line 2 of the diagram. Correct the diagram (see mermaid.js.org/syntax)."`);
  });
});
