import { describe, expect, it } from 'vitest';
import { duplicateIds, lineOfWords, messageLocation, validateSite, type SiteFacts } from '../../src/lib/validate';
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
    s.bodies[0]!.lines = [{ to: 'kent-partnership', kind: 'links-with' }];
    s.bodies[0]!.citations.push({ document: 'kent/partnership-agreement', clause: '1.1' });
    expect(validateSite(s)).toMatchInlineSnapshot(`
      [
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "trust" names trust "kentt", which does not exist (known trusts: kent).",
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "members[1].partner" names partner "kent-polise", which does not exist (known partners: every-partner, kent-police).",
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "citations[1]" cites document "kent/partnership-agreement", which does not exist (known documents: kent/partnership-agreement-2008).",
        "content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "lines[0].to" names body "kent-partnership", which does not exist (known bodies: kent-kct-board).",
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
  it('a <Duty> naming a body of another trust, or none, says which bodies it may name', () => {
    const s = site();
    s.duties[0]!.trust = 'kent';
    s.duties[0]!.marks.push({ line: 420, clause: '11.3', partners: [], bodies: ['kent-kct-bord', 'trust'] });
    s.duties[0]!.marks.push({ line: 421, clause: '11.3', partners: [], bodies: ['kent-kct-board'] });
    expect(validateSite(s)).toEqual([
      'content/docs/kent/partnership-agreement-2008.mdx:420: <Duty> in clause 11.3 names body "kent-kct-bord", which is not a body of trust "kent" (did you mean "kent-kct-board"?). Expected ids from content/bodies/kent/ (kent-kct-board), or "trust" for the trust as a whole.',
    ]);
  });
  it('Kent quorum 10.4 as a listed collective: each member and the list quote their clause, and name real partners', () => {
    const s = site();
    const citation = { document: 'kent/partnership-agreement-2008', clause: '10.4' };
    s.partners[1]!.members = [
      { trust: 'kent', citation, words: 'the following organisations are present:', partners: [{ partner: 'kent-police', words: 'Kent Police' }] },
      { trust: 'kent', citation, words: 'the following agencies', partners: [{ partner: 'kent-polise', words: 'Kent Constabulary' }] },
    ];
    s.partners[1]!.unlisted = [{ trust: 'kent', nearest: { citation: { document: 'kent/partnership-agreement-2008', clause: '10.9' }, words: 'Members' } }];
    expect(validateSite(s)).toEqual([
      'content/partners/every-partner.yaml: partner "every-partner" field "members[1].words" quotes words that are not in clause 10.4 of kent/partnership-agreement-2008. Quote the clause exactly as printed; its nearest words differ at the caret:\n    quoted: "the following agencies"\n    clause: "the following organis"\n                           ^ the quote has "a" where the clause has "o"\n    the clause\'s words: "the following organis"',
      'content/partners/every-partner.yaml: partner "every-partner" field "members[1].partners[0].partner" names partner "kent-polise", which does not exist (known partners: every-partner, kent-police).',
      'content/partners/every-partner.yaml: partner "every-partner" field "members[1].partners[0].words" quotes words that are not in clause 10.4 of kent/partnership-agreement-2008. The clause has no words close to them: check the citation, or quote the clause exactly as printed.\n    quoted: "Kent Constabulary"\n    clause 10.4 begins: "Quorum - KCT will be quorate if five of the following organisations are present: Kent Police"',
      'content/partners/every-partner.yaml: partner "every-partner" field "unlisted[0].nearest.citation" cites clause 10.9 of kent/partnership-agreement-2008, which has no such clause (clauses near it: 10, 10.1, 10.2).',
    ]);
  });
  it("a partner's statutory footing must quote its clause exactly", () => {
    const s = site();
    s.partners[0]!.statutory.push({
      quote: { citation: { document: 'kent/partnership-agreement-2008', clause: '10.4' }, words: 'Kent Constabulary' },
    });
    s.partners[0]!.trusts.push('surrey');
    expect(validateSite(s)).toMatchInlineSnapshot(`
      [
        "content/partners/kent-police.yaml: partner "kent-police" field "trusts[1]" names trust "surrey", which does not exist (known trusts: kent).",
        "content/partners/kent-police.yaml: partner "kent-police" field "statutory[0].quote.words" quotes words that are not in clause 10.4 of kent/partnership-agreement-2008. The clause has no words close to them: check the citation, or quote the clause exactly as printed.
          quoted: "Kent Constabulary"
          clause 10.4 begins: "Quorum - KCT will be quorate if five of the following organisations are present: Kent Police"",
      ]
    `);
  });
});

describe('a quotation that is not in its clause', () => {
  /** Kent 10.2 and 10.3 as printed, and a body quoting 10.2 from line 3 of its file. */
  const quoting = (words: string, clause = '10.2') => {
    const s = site();
    s.documents[0]!.source +=
      "\n\n<Clause n=\"10.2\">\n\nChairing - the Director of Children's Services (KCC's Managing Director of Children, Families and Education Directorate) will chair KCT.\n\n</Clause>" +
      '\n\n<Clause n="10.3">\n\nA Vice-chairperson will be appointed from amongst core members who are not KCC employees.\n\n</Clause>';
    s.bodies[0]!.quoted = { chair: { citation: { document: 'kent/partnership-agreement-2008', clause }, words } };
    s.bodies[0]!.text = `id: kent-kct-board\ntrust: kent\nchair: { citation: { document: kent/partnership-agreement-2008, clause: "${clause}" }, words: ${JSON.stringify(words)} }\n`;
    return validateSite(s);
  };

  it("Kent 10.2 quoted with a typographic apostrophe: the file and line, the field, the clause, both words and a caret at the difference", () => {
    expect(quoting('the Director of Children’s Services (KCC\'s Managing Director of Children, Families and Education Directorate) will chair KCT')).toMatchInlineSnapshot(`
      [
        "content/bodies/kent/kent-kct-board.yaml:3: body "kent-kct-board" field "chair.words" quotes words that are not in clause 10.2 of kent/partnership-agreement-2008. Quote the clause exactly as printed; its nearest words differ at the caret:
          quoted: "the Director of Children’s Services (KCC's Managing Director…"
          clause: "the Director of Children's Services (KCC's Managing Director…"
                                           ^ the quote has ’ (U+2019, a typographic (curly) apostrophe) where the clause has ' (U+0027, a straight apostrophe); they look alike, so copy the clause's character
          the clause's words: "the Director of Children's Services (KCC's Managing Director of Children, Families and Education Directorate) will chair KCT"",
      ]
    `);
  });

  it('spacing is not a difference: a non-breaking space, a double space or a line break in the quote still matches', () => {
    expect(quoting("the Director of\u00a0Children's  Services (KCC's\nManaging Director")).toEqual([]);
  });

  it('a quote that is exactly in another clause of the document names that clause', () => {
    expect(quoting('A Vice-chairperson will be appointed')).toEqual([
      'content/bodies/kent/kent-kct-board.yaml:3: body "kent-kct-board" field "chair.words" quotes words that are not in clause 10.2 of kent/partnership-agreement-2008. They are in clause 10.3: cite that clause. Quoted: "A Vice-chairperson will be appointed"',
    ]);
  });

  it('words nowhere near the clause: check the citation, and the opening of the clause', () => {
    expect(quoting('The Chair has a second and casting vote in the event of a tie.')).toMatchInlineSnapshot(`
      [
        "content/bodies/kent/kent-kct-board.yaml:3: body "kent-kct-board" field "chair.words" quotes words that are not in clause 10.2 of kent/partnership-agreement-2008. The clause has no words close to them: check the citation, or quote the clause exactly as printed.
          quoted: "The Chair has a second and casting vote in the event of a tie."
          clause 10.2 begins: "Chairing - the Director of Children's Services (KCC's Managing Director of Children, Families and Education Directorate)…"",
      ]
    `);
  });

  it('a glossary definition is checked like any quotation', () => {
    const s = site();
    s.citing.push({
      file: 'content/glossary/terms.yaml',
      owner: 'glossary term "quorum"',
      field: 'definitions[0].citation',
      citation: { document: 'kent/partnership-agreement-2008', clause: '10.4' },
      words: 'KCT will be quorate if six of the following',
    });
    const [message] = validateSite(s);
    expect(message).toMatch(/^content\/glossary\/terms.yaml: glossary term "quorum" field "definitions\[0\].words" quotes words that are not in clause 10.4/);
    expect(message).toContain('the quote has "s" where the clause has "f"');
  });
});

describe('where a message points', () => {
  it('the line of quoted words in a YAML file, as plain, double-quoted or single-quoted text', () => {
    const text = 'id: x\nmeets: { words: "The \\"Trust\\" will meet" }\nchair: \'the Director of Children\'\'s Services\'\n';
    expect(lineOfWords(text, 'The "Trust" will meet')).toBe(2);
    expect(lineOfWords(text, "the Director of Children's Services")).toBe(3);
    expect(lineOfWords(text, 'not there')).toBeUndefined();
  });
  it('the file and line a message begins with', () => {
    expect(messageLocation('content/bodies/kent/kent-kct-board.yaml:42: body "kent-kct-board" field …')).toEqual({ file: 'content/bodies/kent/kent-kct-board.yaml', line: 42 });
    expect(messageLocation('content/trusts/kent.yaml: trust …')).toEqual({ file: 'content/trusts/kent.yaml' });
    expect(messageLocation('/about/broken-links/: link to …')).toBeUndefined();
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

describe('claims of a body (lines, facts, members)', () => {
  /** Kent 2007 in miniature: 5 "Cabinet are asked to:", 5.3 the scrutiny recommendation, under "Recommendations". */
  const gf = 'kent/governance-framework-2007';
  const claimsSite = (): SiteFacts => {
    const s = site();
    s.documents.push({
      id: gf,
      file: 'content/docs/kent/governance-framework-2007.mdx',
      trust: 'kent',
      clauses: ['5', '5.3', '5.3(a)'].map((id, line) => ({ id, line })),
      source: `## Recommendations\n\n<Clause n="5" label="5.">\n\nCabinet are asked to:\n\n</Clause>\n\n<Clause n="5.3" label="(3)">\n\nAGREE scrutiny arrangements for the work of Kent Children's Trust through:\n\n</Clause>\n\n<Clause n="5.3(a)" label="(a)">\n\nThe existing KCC Executive Scrutiny Panel\n\n</Clause>`,
    });
    s.bodies.push({
      id: 'kent-panel',
      file: 'content/bodies/kent/kent-panel.yaml',
      trust: 'kent',
      members: [],
      citations: [{ document: gf, clause: '5.3' }],
    });
    return s;
  };
  const scrutinyLine = { to: 'kent-kct-board', kind: 'scrutinises', quote: { citation: { document: gf, clause: '5.3' }, words: "AGREE scrutiny arrangements for the work of Kent Children's Trust through:" } };
  it('Kent 2007 5.3 is a recommendation: drawn as recommended it passes, drawn in force it fails with the file, the field and what to do', () => {
    const ok = claimsSite();
    ok.bodies[1]!.claims = { id: 'kent-panel', lines: [{ ...scrutinyLine, status: 'recommended', statusWords: { citation: { document: gf, clause: '5' }, words: 'Cabinet are asked to:' } }] };
    expect(validateSite(ok)).toEqual([]);
    const wrong = claimsSite();
    wrong.bodies[1]!.claims = { id: 'kent-panel', lines: [{ ...scrutinyLine, kind: 'holds-to-account', status: 'in-force' }] };
    expect(validateSite(wrong)).toMatchInlineSnapshot(`
      [
        "content/bodies/kent/kent-panel.yaml: body "kent-panel" field "lines[0]" is in force, but its words read as a recommendation ("AGREE"). Set "status: recommended" with the words that show it in "statusWords", or, if the words do state it in force, quote the words that show that in "statusWords".",
        "content/bodies/kent/kent-panel.yaml: body "kent-panel" field "lines[0].kind" is "holds-to-account", but its words do not state that: a holds-to-account line needs words such as "hold … to account", "held to account by" ("AGREE scrutiny arrangements for the work of Kent Children's Trust through:"). Choose the kind the words state (the kinds and what each needs are in src/schemas/body.ts), or quote the words that state this one.",
      ]
    `);
  });
  it('a fact in a sub-clause of a recommendation (5.3(a)) takes its status from the clause it hangs from', () => {
    const s = claimsSite();
    s.bodies[1]!.claims = { id: 'kent-panel', scrutiny: [{ citation: { document: gf, clause: '5.3(a)' }, words: 'The existing KCC Executive Scrutiny Panel' }] };
    expect(validateSite(s)).toEqual([
      'content/bodies/kent/kent-panel.yaml: body "kent-panel" field "scrutiny[0]" is in force, but clause 5.3 of kent/governance-framework-2007 reads as a recommendation ("AGREE"). Set "status: recommended" with the words that show it in "statusWords", or, if the words do state it in force, quote the words that show that in "statusWords".',
    ]);
  });
  it('a proposed body needs words that show it, lines to it cannot be in force, and a member’s role must be printed in its clause', () => {
    const s = claimsSite();
    s.bodies[1]!.claims = { id: 'kent-panel', status: 'proposed', lines: [{ ...scrutinyLine, status: 'recommended', statusWords: { citation: { document: gf, clause: '5' }, words: 'Cabinet are asked to:' } }] };
    s.bodies[0]!.claims = {
      id: 'kent-kct-board',
      lines: [{ to: 'kent-panel', kind: 'links-with', status: 'in-force', quote: { citation: { document: 'kent/partnership-agreement-2008', clause: '10.4' }, words: 'Kent Police' } }],
      members: [{ role: 'Kent Police' }, { role: 'Kent Fire and Rescue' }],
      membersCitation: { document: 'kent/partnership-agreement-2008', clause: '10.4' },
    };
    s.bodies[0]!.lines = [{ to: 'kent-panel', kind: 'links-with' }];
    expect(validateSite(s)).toEqual([
      'content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "lines[0].status" is "in-force", but body "kent-panel" is proposed: a line to or from a body that is not in force cannot be in force. Give the line the status its words give it.',
      'content/bodies/kent/kent-kct-board.yaml: body "kent-kct-board" field "members[1].role" quotes words that are not in clause 10.4 of kent/partnership-agreement-2008. The clause has no words close to them: check the citation, or quote the clause exactly as printed.\n    quoted: "Kent Fire and Rescue"\n    clause 10.4 begins: "Quorum - KCT will be quorate if five of the following organisations are present: Kent Police"',
      'content/bodies/kent/kent-panel.yaml: body "kent-panel" field "status" is "proposed", but it has no "statusWords". Quote the words that show the body is proposed in "statusWords".',
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
