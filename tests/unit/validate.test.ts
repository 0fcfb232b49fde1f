import { describe, expect, it } from 'vitest';
import { duplicateIds, validateSite, type SiteFacts } from '../../src/lib/validate';
import { clausesInMdx } from '../../src/lib/clauses';
import type { QuorumRule } from '../../src/lib/rules/types';
import { documentById, rules } from '../content';

const site = (): SiteFacts => ({
  trusts: [{ id: 'kent', file: 'content/trusts/kent.yaml' }],
  partners: [
    { id: 'kent-police', file: 'content/partners/kent-police.yaml', trusts: ['kent'], aliases: [], statutory: [] },
    { id: 'every-partner', file: 'content/partners/every-partner.yaml', trusts: ['kent'], aliases: [], statutory: [] },
  ],
  documents: [
    {
      id: 'kent/partnership-agreement-2008',
      file: 'content/docs/kent/partnership-agreement-2008.mdx',
      trust: 'kent',
      clauses: ['10', '10.1', '10.2', '10.3', '10.4', '11.3', 'paa-9'].map((id, line) => ({ id, line })),
      source: '<Clause n="10.4">\n\nQuorum - KCT will be quorate if five of the following organisations are present:\n\n- Kent Police\n\n</Clause>',
    },
  ],
  bodies: [
    {
      id: 'kent-kct-board',
      file: 'content/bodies/kent/kent-kct-board.yaml',
      trust: 'kent',
      accountableTo: [],
      members: [{ partner: 'kent-police' }],
      citations: [{ document: 'kent/partnership-agreement-2008', clause: '10.4' }],
    },
  ],
  plans: [],
  rules: [],
  citing: [],
  duties: [
    {
      file: 'content/docs/kent/partnership-agreement-2008.mdx',
      document: 'kent/partnership-agreement-2008',
      marks: [{ line: 578, clause: 'paa-9', partners: ['every-partner'] }],
      problems: [],
    },
  ],
});

describe('site-wide references', () => {
  it('a consistent site has no errors', () => {
    expect(validateSite(site())).toEqual([]);
  });
  it('Kent partnership agreement: citing 10.5 as 10.6 names the file, field and nearby clauses', () => {
    const s = site();
    s.bodies[0]!.citations.push({ document: 'kent/partnership-agreement-2008', clause: '10.6' });
    expect(validateSite(s)).toMatchInlineSnapshot(`
      [
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "citations[1]" cites clause 10.6 of kent/partnership-agreement-2008, which has no such clause (clauses near it: 10, 10.1, 10.2).",
      ]
    `);
  });
  it('dangling trust, partner, body and document references', () => {
    const s = site();
    s.bodies[0]!.trust = 'kentt';
    s.bodies[0]!.members.push({ partner: 'kent-polise' });
    s.bodies[0]!.accountableTo.push('kent-partnership');
    s.bodies[0]!.citations.push({ document: 'kent/partnership-agreement', clause: '1.1' });
    expect(validateSite(s)).toMatchInlineSnapshot(`
      [
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "trust" names trust "kentt", which does not exist (known trusts: kent).",
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "accountableTo[0]" names body "kent-partnership", which does not exist (known bodies: kent-kct-board).",
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "members[1].partner" names partner "kent-polise", which does not exist (known partners: every-partner, kent-police).",
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "citations[1]" cites document "kent/partnership-agreement", which does not exist (known documents: kent/partnership-agreement-2008).",
      ]
    `);
  });
  it('a clause id defined twice in one document (Durham prints 5.3 twice)', () => {
    const s = site();
    s.documents[0]!.clauses.push({ id: '10.4', line: 40 });
    expect(validateSite(s)).toMatchInlineSnapshot(`
      [
        "content/docs/kent/partnership-agreement-2008.mdx: clause id "10.4" is defined 2 times (lines 4, 40). Clause ids must be unique on a page; give a repeated printed number a suffix, e.g. n="10.4-2" label="10.4".",
      ]
    `);
  });
  it('a document whose supersededBy names no document', () => {
    const s = site();
    s.documents[0]!.supersededBy = 'kent/partnership-agreement-2010';
    expect(validateSite(s)).toEqual([
      'content/docs/kent/partnership-agreement-2008.mdx: document "kent/partnership-agreement-2008" field "supersededBy" names document "kent/partnership-agreement-2010", which does not exist (known documents: kent/partnership-agreement-2008).',
    ]);
  });
  it('a <Duty> naming a partner that does not exist names the file, line, clause and the likely id', () => {
    const s = site();
    s.duties[0]!.marks.push({ line: 590, clause: 'paa-11', partners: ['kent-polise', 'fire-service'] });
    expect(validateSite(s)).toEqual([
      'content/docs/kent/partnership-agreement-2008.mdx:590: <Duty> in clause paa-11 names partner "kent-polise", which does not exist (did you mean "kent-police"?). Partners are the files in content/partners/: every-partner, kent-police.',
      'content/docs/kent/partnership-agreement-2008.mdx:590: <Duty> in clause paa-11 names partner "fire-service", which does not exist. Partners are the files in content/partners/: every-partner, kent-police.',
    ]);
  });
  it('a malformed <Duty> is reported with its file and line', () => {
    const s = site();
    s.duties[0]!.problems.push({ line: 12, message: '<Duty> has no topics.' });
    expect(validateSite(s)).toEqual(['content/docs/kent/partnership-agreement-2008.mdx:12: <Duty> has no topics.']);
  });
  it("a partner's statutory footing must quote its clause exactly", () => {
    const s = site();
    s.partners[0]!.statutory.push({
      quote: { citation: { document: 'kent/partnership-agreement-2008', clause: '10.4' }, words: 'Kent Constabulary' },
    });
    s.partners[0]!.trusts.push('surrey');
    expect(validateSite(s)).toEqual([
      'content/partners/kent-police.yaml: partner "kent-police" field "trusts[1]" names trust "surrey", which does not exist (known trusts: kent).',
      'content/partners/kent-police.yaml: partner "kent-police" field "statutory[0].quote.words" quotes words that are not in clause 10.4 of kent/partnership-agreement-2008. Quote the clause exactly as printed: "Kent Constabulary"',
    ]);
  });
  it('a briefing that embeds an unknown id, or quotes from a clause that does not exist, names the file and line', () => {
    const s = site();
    s.briefings = [
      {
        id: 'kent-cabinet-2008',
        file: 'content/briefings/kent-cabinet-2008.mdx',
        document: 'kent/partnership-agreement-2008',
        embeds: [{ id: 'tool:kent-quorom', line: 9 }],
        sources: [{ document: 'kent/partnership-agreement-2008', from: 'start', to: '10.6', line: 7 }],
        embeddable: ['tool:kent-quorum', 'structure:kent'],
      },
    ];
    expect(validateSite(s)).toEqual([
      'content/briefings/kent-cabinet-2008.mdx:9: <Embed id="tool:kent-quorom"> names no tool or diagram (did you mean "tool:kent-quorum"?). Ids are structure:kent, tool:kent-quorum.',
      'content/briefings/kent-cabinet-2008.mdx:7: <Source to="10.6"> is not a clause of kent/partnership-agreement-2008 (clauses near it: 10, 10.1, 10.2); use a clause id or "end".',
    ]);
  });
});

describe('rules: worked examples pin every reading that changes the answer', () => {
  const real = rules().find((r) => r.id === 'kent-quorum') as QuorumRule;
  const doc = documentById('kent/partnership-agreement-2008');
  const withRule = (rule: QuorumRule): SiteFacts => ({
    ...site(),
    documents: [{ id: doc.id, file: doc.file, trust: 'kent', clauses: clausesInMdx(doc.body), source: doc.body }],
    rules: [{ id: rule.id, file: 'content/rules/kent-quorum.yaml', rule }],
  });
  const about = (errors: string[], field: string) => errors.filter((e) => e.includes(`field "${field}`));
  it('Kent 10.2 and 10.4: an example that leaves out the answer "if the Chair also counts for KCC" fails, naming both', () => {
    const example = real.examples.find((e) => Object.keys(e.others).includes('chair-and-kcc'))!;
    const i = real.examples.indexOf(example);
    const broken = { ...real, examples: real.examples.map((e, j) => (j === i ? { ...e, others: {} } : e)) };
    expect(about(validateSite(withRule(broken)), 'examples')).toEqual([
      `content/rules/kent-quorum.yaml: rule "kent-quorum" field "examples[${i}].others" ("${example.name}") lists none, but the readings that change the answer give chair-and-kcc: quorate. List every reading whose answer differs, with its answer.`,
    ]);
    expect(about(validateSite(withRule(real)), 'examples')).toEqual([]);
  });
  it('Kent 10.4: a seat must be labelled as its line of the quoted list is printed', () => {
    const broken = { ...real, seats: real.seats.map((seat, i) => (i === 1 ? { ...seat, label: 'Kent County Council' } : seat)) };
    expect(about(validateSite(withRule(broken)), 'seats')).toEqual([
      `content/rules/kent-quorum.yaml: rule "kent-quorum" field "seats[1].label" is "Kent County Council", which is not a line of the list the statement quotes (${real.seats.map((s) => s.label).join('; ')}). Label each seat as its line is printed.`,
    ]);
  });
});

describe('duplicate ids', () => {
  it('two files of one collection with the same id name both files', () => {
    expect(
      duplicateIds('partner', [
        { id: 'police', file: 'content/partners/police.yaml' },
        { id: 'lscb', file: 'content/partners/lscb.yaml' },
        { id: 'police', file: 'content/partners/kent/police.yaml' },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/partners/police.yaml: partner id "police" is already used by content/partners/kent/police.yaml. Ids must be unique; rename one file and its "id".",
      ]
    `);
  });
});
