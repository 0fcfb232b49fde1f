import { describe, expect, it } from 'vitest';
import { lineSentence, structureLines, structureMermaid, structureText, type StructureBody } from '../../src/lib/structure';
import { cardSvg, fileName, framedSvg, provenance, svgSize, wrap } from '../../src/lib/figure-export';
import { embedIds, embedTarget, briefingReferences } from '../../src/lib/briefings';
import { comparedNote, compareRows, documentsCited, inWords, type TrustFacts } from '../../src/lib/compare';
import { sourceRange } from '../../src/lib/clauses';
import { withoutEdgeData } from '../../src/lib/mermaid';

const doc = 'kent/partnership-agreement-2008';
const gf = 'kent/governance-framework-2007';
/**
 * Kent's structure in miniature: the Board is part of the Kent Partnership (3.2); reporting runs to
 * and from the Trust and the LCSPs (8.4); the 2007 report asks Cabinet to agree scrutiny of the
 * Trust's work through the KCC Executive Scrutiny Panel (5.3), a recommendation.
 */
const kent: StructureBody[] = [
  {
    id: 'kent-kct-board',
    name: "Kent Children's Trust County Board",
    short: 'KCT Board',
    kind: 'board',
    principal: true,
    lines: [{ to: 'kent-partnership', kind: 'part-of', status: 'in-force', clause: '3.2', document: doc, words: "The Kent Children's Trust is a sub-group of the Kent Local Strategic Partnership", subject: "The Kent Children's Trust" }],
  },
  { id: 'kent-partnership', name: 'Kent Partnership', kind: 'partnership', principal: false, lines: [] },
  {
    id: 'kent-lcsps',
    name: "Local Children's Services Partnerships (LCSPs)",
    short: 'LCSPs',
    kind: 'local-board',
    principal: false,
    lines: [{ to: 'kent-kct-board', kind: 'reports-to-and-from', status: 'in-force', clause: '8.4', document: doc, words: 'clear reporting to and from the Trust', object: 'the Trust' }],
  },
  {
    id: 'kent-panel',
    name: 'KCC Executive Scrutiny Panel',
    kind: 'scrutiny',
    principal: false,
    lines: [{ to: 'kent-kct-board', kind: 'scrutinises', status: 'recommended', clause: '5.3', document: gf, words: "AGREE scrutiny arrangements for the work of Kent Children's Trust through:", object: "the work of Kent Children's Trust" }],
  },
  { id: 'kent-lct', name: "Local Children's Trust (LCT) Boards", short: 'LCT Boards', kind: 'local-board', principal: false, status: 'proposed', lines: [{ to: 'kent-lcsps', kind: 'replaces', status: 'proposed', clause: '3.2', document: 'kent/cabinet-report-2010', words: 'The LCT Boards replace the current 23', scope: 'the current 23' }] },
  { id: 'kent-kdaat', name: 'KDAAT', kind: 'external', principal: false, lines: [] },
  { id: 'kent-camhs', name: 'The Kent CAMHS Strategy Board', kind: 'external', principal: false, lines: [] },
];

describe('structure diagrams from the bodies data', () => {
  const source = structureMermaid('Kent', kent, (l) => l.clause, (b) => `/kent/#body-${b.id}`);
  it('draws every body once, the trust’s own board as a double-edged box', () => {
    for (const body of kent) {
      const id = `n_${body.id.replace(/-/g, '_')}`;
      expect(source.match(new RegExp(`^\\s+${id}[\\[(]`, 'gm'))).toHaveLength(1);
    }
    expect(source).toContain('n_kent_kct_board[["KCT Board"]]');
  });
  it('draws every line with its kind and clause: Kent 3.2 part of, 8.4 reporting both ways', () => {
    expect(structureLines(kent)).toHaveLength(4);
    expect(source).toContain('n_kent_kct_board -->|"part of (3.2)"| n_kent_partnership');
    expect(source).toContain('n_kent_lcsps <-->|"reporting to and from (8.4)"| n_kent_kct_board');
  });
  it('Kent 2007 5.3 is a recommendation: its scrutiny line is dashed and labelled recommended', () => {
    expect(source).toContain('n_kent_panel -.->|"recommended: scrutinises (5.3)"| n_kent_kct_board');
    // Lines in force stay solid; a line not in force is never drawn solid.
    expect(source).not.toMatch(/n_kent_panel --> /);
    // Lines 2 and 3 (the panel's and the LCT Boards') are drawn with long dashes.
    expect(source).toContain('linkStyle 2,3 stroke-dasharray:9 5,stroke-width:2px');
    expect(source).toMatch(/^accDescr: 7 bodies and 4 lines between them, 2 of them not in force \(dashed\)/m);
  });
  it('a proposed body is labelled and outlined dashed; its line carries its scope in quotation marks', () => {
    expect(source).toContain('n_kent_lct["LCT Boards (proposed)"]');
    expect(source).toContain('n_kent_lct -.->|"proposed: replaces, “the current 23” (3.2)"| n_kent_lcsps');
    expect(source).toContain('class n_kent_lct pending');
  });
  it('links each node to its body and groups the outside bodies beside the structure', () => {
    expect(source).toContain('click n_kent_lcsps href "/kent/#body-kent-lcsps" _top');
    expect(source).toMatch(/subgraph n_group_external\["Other boards and partnerships"\]\n    direction TB\n    n_kent_kdaat\["KDAAT"\]/);
  });
  it('the text version gives each body with the lines from and to it', () => {
    const text = structureText(kent);
    expect(text.map((t) => [t.body.id, t.from.length, t.to.length])).toEqual([
      ['kent-kct-board', 1, 2],
      ['kent-partnership', 0, 1],
      ['kent-lcsps', 1, 1],
      ['kent-panel', 1, 0],
      ['kent-lct', 1, 0],
      ['kent-kdaat', 0, 0],
      ['kent-camhs', 0, 0],
    ]);
  });
  it('a line reads as one sentence with its scope, the words’ own names and its status', () => {
    const [board, lcsps, panel] = structureLines(kent);
    expect(lineSentence(board!.from.name, board!.target.name, board!)).toBe(
      "Kent Children's Trust County Board is part of Kent Partnership (said of “The Kent Children's Trust”)",
    );
    expect(lineSentence(lcsps!.from.name, lcsps!.target.name, lcsps!)).toBe(
      "Local Children's Services Partnerships (LCSPs) has reporting to and from Kent Children's Trust County Board (named “the Trust”)",
    );
    expect(lineSentence(panel!.from.name, panel!.target.name, panel!)).toBe(
      "KCC Executive Scrutiny Panel scrutinises Kent Children's Trust County Board (named “the work of Kent Children's Trust”) [recommended, not in force]",
    );
  });
  it('leaves out a line to a body of another trust', () => {
    expect(structureLines([{ ...kent[0]!, lines: [{ to: 'durham-lscb', kind: 'links-with', status: 'in-force', clause: '7(5)', document: doc, words: 'Working with' }] }])).toEqual([]);
  });
});

describe('figures for briefing papers', () => {
  const mermaid = '<svg id="structure-kent-0" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 500px;" viewBox="0 0 500 200"><g/></svg>';
  it('drops the edge geometry Mermaid keeps for its own scripts, and nothing else', () => {
    const edge = '<path d="M1,2L3,4" id="s-L_a_b_0" class="flowchart-link" data-edge="true" data-id="L_a_b_0" data-points="W3sieCI6MX1d" marker-end="url(#m)"/>';
    expect(withoutEdgeData(`<svg>${edge}</svg>`)).toBe('<svg><path d="M1,2L3,4" id="s-L_a_b_0" class="flowchart-link" data-edge="true" data-id="L_a_b_0" marker-end="url(#m)"/></svg>');
  });
  it('reads the size from the viewBox', () => {
    expect(svgSize(mermaid)).toEqual({ width: 500, height: 200 });
  });
  it('frames a diagram with its title and caption, and escapes the words', () => {
    const framed = framedSvg(mermaid, 'Governance structure of the Kent Children\'s Trust', ['Drawn from clauses 3.2, 8.4 of Kent partnership agreement (2008).', 'A & B <c>']);
    expect(framed).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="532" height="\d+"/);
    expect(framed).toContain('<svg id="structure-kent-0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 200" x="16.0"');
    expect(framed).toContain('Drawn from clauses 3.2, 8.4 of Kent partnership agreement (2008).');
    expect(framed).toContain('A &amp; B &lt;c&gt;');
    expect(framed).not.toContain('max-width');
  });
  it('draws a tool’s answer as a card', () => {
    const card = cardSvg('Is the Kent Children’s Trust meeting quorate?', 'Quorate: 5 seats of 7 filled; 5 needed.', ['Seats filled: Chair or Vice Chair; KCC.'], ['From Kent partnership agreement (2008), 10.4.']);
    expect(card).toContain('font-size="20" font-weight="bold" fill="#0b0c0c">Quorate: 5 seats of 7 filled; 5 needed.</text>');
    expect(card).toContain('• Seats filled: Chair or Vice Chair; KCC.');
  });
  it('wraps words to the width and names files by date', () => {
    expect(wrap('one two three four five six', 60, 10)).toEqual(['one two', 'three four', 'five six']);
    expect(fileName("Kent structure", new Date('2026-11-22T10:00:00Z'), 'png')).toBe('kent-structure-2026-11-22.png');
    expect(provenance('https://example.org/kent/', new Date('2026-11-22T10:00:00Z'))).toContain('on 22 November 2026');
  });
});

describe('briefings', () => {
  const context = {
    rules: [
      { id: 'kent-quorum', kind: 'quorum', provision: 'stated', title: 'Is the Kent Children’s Trust meeting quorate?' },
      { id: 'harrow-dispute', kind: 'protocol', provision: 'stated', title: 'Harrow disagreements' },
      { id: 'harrow-quorum', kind: 'quorum', provision: 'not-stated', title: 'Harrow quorum' },
    ],
    trusts: [{ id: 'kent', name: 'Kent Children’s Trust' }],
    plans: [{ id: 'kent-change-for-children-2010', title: 'Seven key proposals' }],
  };
  it('resolves every id a briefing may embed, and nothing else', () => {
    expect(embedIds(context)).toEqual(['tool:kent-quorum', 'tool:harrow-dispute', 'tool:harrow-quorum', 'flowchart:harrow-dispute', 'structure:kent', 'timeline:kent-change-for-children-2010']);
    expect(embedTarget('structure:kent', context)?.label).toBe('Diagram: governance structure of the Kent Children’s Trust');
    expect(embedTarget('flowchart:kent-quorum', context)).toBeUndefined();
    expect(embedTarget('structure:surrey', context)).toBeUndefined();
    expect(embedTarget('kent-quorum', context)).toBeUndefined();
  });
  it('finds the embeds and source ranges in a briefing, with their lines', () => {
    const refs = briefingReferences('---\n\n<Source document="harrow/scrutiny-report-2009" from="start" to="6.0" />\n\n<Embed id="tool:harrow-vote" />');
    expect(refs).toEqual({
      embeds: [{ id: 'tool:harrow-vote', line: 5 }],
      sources: [{ document: 'harrow/scrutiny-report-2009', from: 'start', to: '6.0', line: 3 }],
    });
  });
  it('takes a stretch of a document verbatim, with printed numbers linking to the clauses', () => {
    const source = `import Clause from '~/components/Clause.astro';

## 10. Meeting Arrangements

<Clause n="10.1">

The Trust will meet quarterly (April, July, October and January).

</Clause>

<Gap title="x">A note of the site's own.</Gap>

<Clause n="10.2">

Chairing - the Director of Children's Services will chair KCT.

</Clause>
`;
    expect(sourceRange(source, doc, 'start', '10.2')).toBe(
      `## 10. Meeting Arrangements\n\n[**10.1**](/${doc}/#10.1)\n\nThe Trust will meet quarterly (April, July, October and January).`,
    );
    expect(sourceRange(source, doc, '10.2', 'end')).toContain("Chairing - the Director of Children's Services will chair KCT.");
    expect(sourceRange(source, doc, '10.9', 'end')).toBeUndefined();
  });
});

describe('comparison', () => {
  const quote = (clause: string, words: string, items?: string[]) => ({ citation: { document: doc, clause }, words, ...(items && { items }) });
  const standing = { status: { value: 'in-force' as const }, scope: { summary: 'Meetings of KCT' } };
  const lead = quote('10.4', 'Quorum - KCT will be quorate if five of the following organisations are present:', ['Chair or Vice Chair', 'KCC', 'Kent Police']);
  const kentFacts: TrustFacts = {
    id: 'kent',
    document: doc,
    board: {
      name: "Kent Children's Trust County Board",
      members: [],
      chair: quote('10.2', "the Director of Children's Services … will chair KCT"),
      meets: { ...quote('10.1', 'The Trust will meet quarterly (April, July, October and January).'), status: 'in-force', scope: 'the Trust' },
      scrutiny: [quote('5.3', 'AGREE scrutiny arrangements through:', ['(a) The existing KCC Executive Scrutiny Panel']), quote('5.3(a)', 'The existing KCC Executive Scrutiny Panel')],
      links: [
        { note: 'is part of Kent Partnership', scrutiny: false, quote: quote('3.2', 'a sub-group of the Kent Local Strategic Partnership') },
        { note: "Local Children's Services Partnerships: reports to it", scrutiny: false, quote: quote('8.4', 'clear reporting to and from the Trust') },
        { note: 'is held to account by the KCC Executive Scrutiny Panel', scrutiny: true, quote: quote('5.3', 'AGREE scrutiny arrangements through:', ['(a) The existing KCC Executive Scrutiny Panel']) },
        { note: 'is held to account by the CFE POC', scrutiny: true, quote: quote('5.3', 'AGREE scrutiny arrangements through:', ['(a) The existing KCC Executive Scrutiny Panel']) },
      ],
    },
    rules: {
      quorum: { provision: 'stated', states: 'Five of seven', statement: [lead], standing, href: '/tools/quorum/kent-quorum/' },
      vote: {
        provision: 'stated',
        states: 'A vote; the Chair may use a casting vote',
        statement: [quote('11.3', 'The Trust will endeavor to reach agreement through compromise, consensus and if necessary voting. In the event of a tied vote the Chair may use his/her casting vote.')],
        extra: [quote('11.3', 'In the event of a tied vote the Chair may use his/her casting vote.')],
        standing,
        href: '/tools/vote/kent-vote/',
      },
    },
  };
  const harrowFacts: TrustFacts = {
    id: 'harrow',
    document: 'harrow/scrutiny-report-2009',
    rules: { quorum: { provision: 'not-stated', document: 'harrow/scrutiny-report-2009', finding: 'The report sets no quorum.', nearest: [], href: '/tools/quorum/harrow-quorum/' } },
  };
  const rows = compareRows([kentFacts, harrowFacts]);
  const cell = (row: string, trust: string) => rows.find((r) => r.id === row)!.cells[trust]!;
  it('asks the same questions of every trust, attendance and declaring interests included', () => {
    expect(rows.map((r) => r.id)).toEqual(['composition', 'chair', 'vice-chair', 'meetings', 'attendance', 'quorum', 'interests', 'decisions', 'voting', 'disputes', 'scrutiny', 'review', 'links']);
  });
  it('answers from the document with the clause, or says the document does not state it', () => {
    expect(cell('meetings', 'kent')).toEqual({ kind: 'quotes', quotes: [{ ...quote('10.1', 'The Trust will meet quarterly (April, July, October and January).'), status: 'in-force', scope: 'the Trust' }] });
    expect(cell('vice-chair', 'kent')).toEqual({ kind: 'not-stated', document: doc, nearest: [] });
    expect(cell('quorum', 'harrow')).toMatchObject({ kind: 'not-stated', finding: 'The report sets no quorum.', href: '/tools/quorum/harrow-quorum/' });
    expect(cell('attendance', 'kent')).toEqual({ kind: 'not-stated', document: doc, nearest: [] });
    // Every cell of every row is one of the kinds that cite or say "not stated".
    for (const row of rows) for (const c of Object.values(row.cells)) expect(['quotes', 'list', 'rule', 'not-stated']).toContain(c.kind);
  });
  it('names every document a column cites or is silent in, once each', () => {
    expect(documentsCited(rows, 'kent')).toEqual([doc]);
    expect(documentsCited(rows, 'harrow')).toEqual(['harrow/scrutiny-report-2009']);
    expect(documentsCited(rows, 'surrey')).toEqual([]);
  });
  it('says the documents compared are of different kinds only when their types differ', () => {
    expect(inWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(inWords(['a'])).toBe('a');
    const mixed = comparedNote([
      { name: 'Kent partnership agreement (2008)', type: 'partnership-agreement' },
      { name: 'Testshire terms of reference (2011)', type: 'terms-of-reference' },
    ]);
    expect(mixed).toBe(
      'The documents compared are of different kinds and dates (the Kent partnership agreement (2008) and the Testshire terms of reference (2011)), so a silence may mean that the point was settled elsewhere. Follow a clause link to read it in context.',
    );
    expect(comparedNote([{ name: 'Kent partnership agreement (2008)', type: 'partnership-agreement' }])).toMatch(/^The document compared is the Kent partnership agreement \(2008\)\. /);
    expect(comparedNote([])).toBe('No trust has a document on the site yet.');
  });
  it('Kent 10.4: a rule cell quotes the lead-in with its whole list, says what the words state, and carries scope and status', () => {
    expect(cell('quorum', 'kent')).toEqual({ kind: 'rule', states: 'Five of seven', quotes: [lead], standing, href: '/tools/quorum/kent-quorum/' });
  });
  it('Kent 11.3: words quoted twice (the statement and the casting vote) are shown once', () => {
    const vote = cell('voting', 'kent');
    expect(vote.kind === 'rule' && vote.quotes.map((q) => q.words)).toEqual([kentFacts.rules.vote!.provision === 'stated' && kentFacts.rules.vote!.statement[0]!.words]);
  });
  it('every line of the bodies data that touches the board appears: its own and other bodies\' lines to it, scrutiny lines under scrutiny', () => {
    const links = cell('links', 'kent');
    expect(links.kind === 'quotes' && links.quotes.map((q) => q.note)).toEqual(['is part of Kent Partnership', "Local Children's Services Partnerships: reports to it"]);
    const scrutiny = cell('scrutiny', 'kent');
    // 5.3(a) is a line of 5.3's list, so it is not quoted again; the two bodies holding the board to account share one quote.
    expect(scrutiny.kind === 'quotes' && scrutiny.quotes.map((q) => [q.citation.clause, q.note])).toEqual([
      ['5.3', 'is held to account by the KCC Executive Scrutiny Panel; is held to account by the CFE POC'],
    ]);
  });
});
