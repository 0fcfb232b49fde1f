/**
 * The claims the site derives (src/lib/claim-register.ts), on a small made-up trust: each kind of claim,
 * its id, the clauses it cites and the pages that show it.
 */
import { describe, expect, it } from 'vitest';
import { citationsWithin, claimsByClause, countByKind, deriveClaims, type ClaimInputs } from '../../src/lib/claim-register';
import { compareRows, type TrustFacts } from '../../src/lib/compare';
import type { Duty, PartnerInfo } from '../../src/lib/partners';
import type { Rule } from '../../src/lib/rules/types';

const DOC = 'testshire/terms-2011';
const at = (clause: string) => ({ document: DOC, clause });
const quote = (clause: string, words: string) => ({ citation: at(clause), words });

const partner = (id: string, kind: PartnerInfo['kind'], extra: Partial<PartnerInfo> = {}) => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1).replace(/-/g, ' '),
  kind,
  trusts: ['testshire'],
  reaches: 'itself' as const,
  aliases: [],
  file: `content/partners/${id}.yaml`,
  statutory: [] as { basis: string; quote: ReturnType<typeof quote> }[],
  ...extra,
});

const duty = (clause: string, ordinal: number, partners: string[], type: Duty['type'] = 'duty'): Duty => ({
  clause,
  ordinal,
  anchor: `duty-${clause}-${ordinal}`,
  partners,
  topics: ['cooperation'],
  type,
  bodies: [],
  status: 'in-force',
  subject: ['Partners'],
  inClause: true,
  block: false,
  markdown: 'Partners will co-operate.',
  text: 'Partners will co-operate.',
  line: 10,
  document: DOC,
  trust: 'testshire',
});

const quorum: Rule = {
  id: 'testshire-quorum',
  kind: 'quorum',
  provision: 'stated',
  trust: 'testshire',
  title: 'Is the board quorate?',
  summary: 'Tick who is present.',
  bodies: ['testshire-board'],
  citations: [at('4.1'), at('4.2')],
  statement: [quote('4.1', 'The board is quorate when two of these are present')],
  states: 'Two of the members',
  scope: { summary: 'Meetings of the board' },
  status: { value: 'in-force' },
  basis: {},
  examples: [],
  attendees: [
    { id: 'chair', label: 'Chair', partner: 'chair' },
    { id: 'police', label: 'Police', partner: 'police' },
  ],
  seats: [
    { id: 'chair', label: 'Chair', anyOf: [['chair']] },
    { id: 'police', label: 'Police', anyOf: [['police']] },
  ],
  params: { minimum: 2, excludeSeats: [], alsoFill: [], separateSeats: [], perItem: false },
  readings: [{ id: 'two', question: 'Two of what?', quote: quote('4.2', 'two of these'), adopted: 'Two seats.' }],
};
const silentVote: Rule = {
  id: 'testshire-vote',
  kind: 'vote',
  provision: 'not-stated',
  trust: 'testshire',
  title: 'How does the board vote?',
  summary: 'Whether the terms set a vote.',
  bodies: [],
  citations: [at('4.1')],
  document: DOC,
  finding: 'The terms set no vote.',
  nearest: [],
};

const board = {
  id: 'testshire-board',
  trust: 'testshire',
  name: 'Testshire Board',
  principal: true,
  summary: 'The trust board.',
  file: 'content/bodies/testshire/testshire-board.yaml',
  lines: [{ to: 'testshire-partnership', kind: 'part-of' as const, quote: quote('1.2', 'a sub-group of the Testshire Partnership') }],
  chair: quote('2.1', 'The director chairs the board'),
  scrutiny: [],
  members: [
    { partner: 'police', role: 'Police' },
    { partner: 'police', role: 'Police Authority', status: 'aspiration' as const, statusWords: quote('2.2', 'We also hope to have the Police Authority represented.') },
  ],
  membersCitation: at('2.2'),
  notStated: [{ fact: 'viceChair', nearest: quote('2.1', 'The director chairs the board') }],
  citations: [at('1.1'), at('2.1')],
};
const partnership = { ...board, id: 'testshire-partnership', name: 'Testshire Partnership', principal: false, lines: [], members: [], notStated: [], chair: undefined, membersCitation: undefined, citations: [at('1.2')], file: 'content/bodies/testshire/testshire-partnership.yaml' };

const facts: TrustFacts = {
  id: 'testshire',
  document: DOC,
  board: {
    name: board.name,
    members: board.members,
    membersCitation: board.membersCitation,
    chair: board.chair,
    scrutiny: [],
    links: [{ note: `is part of ${partnership.name}`, scrutiny: false, quote: board.lines[0]!.quote }],
    nearest: { viceChair: [board.notStated[0]!.nearest] },
  },
  rules: { quorum: { provision: 'stated', states: 'Two of the members', standing: { status: { value: 'in-force' }, scope: { summary: 'Meetings of the board' } }, statement: [...(quorum.provision === 'stated' ? quorum.statement : [])], href: '/tools/quorum/testshire-quorum/' } },
};

const partners = [
  partner('police', 'organisation'),
  partner('schools', 'organisation'),
  partner('chair', 'role'),
  partner('every-partner', 'collective', { reaches: 'every-partner' as const }),
];
partners[0]!.statutory.push({ basis: 'A relevant partner', quote: quote('3.1', 'the police') });

const input = (): ClaimInputs => ({
  trusts: [{ id: 'testshire', name: 'Testshire Children’s Trust', file: 'content/trusts/testshire.yaml', established: { printed: 'in 2011', citation: at('1.1') } }],
  bodies: [board, partnership],
  duties: [duty('3.1', 1, ['every-partner']), duty('3.1', 2, ['police'], 'role')],
  documentFiles: { [DOC]: `content/docs/${DOC}.mdx` },
  partners,
  rules: [
    { ...quorum, file: 'content/rules/testshire-quorum.yaml' },
    { ...silentVote, file: 'content/rules/testshire-vote.yaml' },
  ],
  compare: compareRows([facts]),
  plans: [
    {
      id: 'testshire-plan',
      trust: 'testshire',
      document: DOC,
      title: 'The plan.',
      file: 'content/plans/testshire-plan.yaml',
      printedIn: { section: 'Appendix 1', citation: at('5.1') },
      proposals: [
        {
          number: 1,
          heading: 'Proposal One',
          actions: [
            { number: '1.1', text: 'Do it.', due: 'by March 2011', dueDate: new Date('2011-03-31'), dueReading: 'end of the month named' },
            { number: '1.2', text: 'Do more.', due: null, dueDate: null },
          ],
        },
      ],
    },
  ],
  glossary: [
    { term: 'TCT', expansion: 'Testshire Children’s Trust', expandedInSource: true, citation: at('1.1'), file: 'content/glossary/terms.yaml' },
    { term: 'XYZ', expansion: 'Something', expandedInSource: false, file: 'content/glossary/terms.yaml' },
  ],
  briefings: [{ id: 'testshire-briefing', title: 'A briefing', embeds: ['structure:testshire', 'tool:testshire-quorum'] }],
});

const claims = deriveClaims(input());
const byId = new Map(claims.map((c) => [c.id, c]));
const claim = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`no claim ${id} (have ${[...byId.keys()].join(', ')})`);
  return found;
};
const hrefs = (id: string) => claim(id).pages.map((p) => p.href);

describe('claims derived from the content', () => {
  it('every claim has an id computed from the data, once', () => {
    expect(claims.map((c) => c.id)).toMatchInlineSnapshot(`
      [
        "line:testshire-board:part-of:testshire-partnership",
        "body:testshire-board:summary",
        "body:testshire-board:chair",
        "body:testshire-board:member:police",
        "body:testshire-board:member:police:2",
        "body:testshire-board:not-stated:vice-chair",
        "body:testshire-partnership:summary",
        "duty:testshire/terms-2011:3.1:1",
        "duty:testshire/terms-2011:3.1:2",
        "rule:testshire-quorum:rule",
        "rule:testshire-quorum:statement",
        "rule:testshire-quorum:params",
        "rule:testshire-quorum:seat:chair",
        "rule:testshire-quorum:seat:police",
        "rule:testshire-quorum:reading:two",
        "rule:testshire-vote:rule",
        "rule:testshire-vote:finding",
        "compare:composition:testshire",
        "compare:chair:testshire",
        "compare:vice-chair:testshire",
        "compare:meetings:testshire",
        "compare:attendance:testshire",
        "compare:quorum:testshire",
        "compare:interests:testshire",
        "compare:decisions:testshire",
        "compare:voting:testshire",
        "compare:disputes:testshire",
        "compare:scrutiny:testshire",
        "compare:review:testshire",
        "compare:links:testshire",
        "plan:testshire-plan:printed-in",
        "plan:testshire-plan:action:1.1",
        "plan:testshire-plan:action:1.2",
        "glossary:TCT",
        "partner:police:statutory:1",
        "trust:testshire:established",
      ]
    `);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('ids do not depend on the order of unrelated data', () => {
    const shuffled = input();
    shuffled.partners = [...shuffled.partners].reverse();
    shuffled.glossary = [...shuffled.glossary].reverse();
    expect(deriveClaims(shuffled).map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it('a structure line cites its quote and is shown on the trust page, the embed, the comparison and the briefing that embeds the diagram', () => {
    const line = claim('line:testshire-board:part-of:testshire-partnership');
    expect(line.kind).toBe('body-line');
    expect(line.says).toBe('Testshire Board is part of Testshire Partnership');
    expect(line.cites).toEqual([at('1.2')]);
    expect(hrefs(line.id)).toEqual(['/testshire/#structure', '/embed/structure/testshire/', '/compare/', '/briefings/testshire-briefing/']);
  });

  it('a body’s summary rests on every clause it is described in; a member on the clause that lists the members', () => {
    expect(claim('body:testshire-board:summary').cites).toEqual([at('1.1'), at('2.1')]);
    expect(claim('body:testshire-board:member:police').cites).toEqual([at('2.2')]);
    expect(hrefs('body:testshire-board:member:police')).toContain('/partners/police/#seats');
  });

  it('two members listed for one partner get ids of their own', () => {
    expect(claim('body:testshire-board:member:police:2').says).toContain('“Police Authority”');
  });

  it('a member the words only hope for carries its status; one listed plainly carries none of its own', () => {
    expect(claim('body:testshire-board:member:police:2').status).toBe('aspiration');
    expect(claim('body:testshire-board:member:police').status).toBeUndefined();
  });

  it('a fact the document does not state is a claim on the clause whose words are nearest', () => {
    const silent = claim('body:testshire-board:not-stated:vice-chair');
    expect(silent.cites).toEqual([at('2.1')]);
    expect(silent.says).toContain('does not state who deputises for the chair');
  });

  it('a duty of every partner is shown on the collective’s page and counted on each partner organisation’s page', () => {
    const shared = claim(`duty:${DOC}:3.1:1`);
    expect(shared.kind).toBe('duty');
    expect(hrefs(shared.id)).toEqual([`/${DOC}/#duty-3.1-1`, '/partners/every-partner/', '/search/?partner=every-partner']);
    expect(shared.alsoShown).toBe('the page of each of the 2 partner organisations of the Testshire Children’s Trust that it reaches, under the duties of “Every partner”');
    const role = claim(`duty:${DOC}:3.1:2`);
    expect(role.kind).toBe('role');
    expect(hrefs(role.id)).toEqual([`/${DOC}/#duty-3.1-2`, '/partners/police/', '/search/?partner=police']);
    expect(role.alsoShown).toBeUndefined();
  });

  it('a rule gives a claim per part: the clauses the tool cites, the statement, the parameters, each seat and each reading', () => {
    expect(claim('rule:testshire-quorum:rule').cites).toEqual([at('4.1'), at('4.2')]);
    expect(claim('rule:testshire-quorum:params').says).toBe('Parameters the tool computes with: minimum: 2; excludeSeats: none; alsoFill: none; separateSeats: none; perItem: false');
    expect(claim('rule:testshire-quorum:seat:police').cites).toEqual([at('4.1')]);
    expect(hrefs('rule:testshire-quorum:seat:police')).toContain('/partners/police/#seats');
    expect(hrefs('rule:testshire-quorum:reading:two')).toContain('/tools/quorum/testshire-quorum/#reading-two');
    expect(hrefs('rule:testshire-quorum:statement')).toContain('/briefings/testshire-briefing/');
  });

  it('a document that sets no rule of a kind, with no words near it, is a claim about the whole document', () => {
    const finding = claim('rule:testshire-vote:finding');
    expect(finding.cites).toEqual([]);
    expect(finding.silence).toBe(DOC);
    expect(claimsByClause(claims).get(DOC)?.get('')?.map((c) => c.id)).toContain('rule:testshire-vote:finding');
  });

  it('each comparison cell is a claim: quoting cells cite their quotes, silences their nearest words or the whole document', () => {
    expect(claim('compare:chair:testshire').cites).toEqual([at('2.1')]);
    expect(claim('compare:vice-chair:testshire').cites).toEqual([at('2.1')]);
    expect(claim('compare:composition:testshire').cites).toEqual([at('2.2')]);
    expect(claim('compare:quorum:testshire').file).toBe('content/rules/testshire-quorum.yaml');
    const meets = claim('compare:meetings:testshire');
    expect(meets.cites).toEqual([]);
    expect(meets.silence).toBe(DOC);
    expect(hrefs(meets.id)).toEqual(['/compare/#compare-meetings']);
  });

  it('plan actions rest on their action clause and say how the date was read', () => {
    expect(claim('plan:testshire-plan:action:1.1').cites).toEqual([at('action-1.1')]);
    expect(claim('plan:testshire-plan:action:1.1').says).toBe('Proposal One, action 1.1: due “by March 2011”, read as 2011-03-31 (end of the month named)');
    expect(claim('plan:testshire-plan:action:1.2').says).toBe('Proposal One, action 1.2: due no date printed');
    expect(claim('plan:testshire-plan:printed-in').cites).toEqual([at('5.1')]);
  });

  it('glossary entries, statutory footings and founding dates are claims only where they cite a clause', () => {
    expect(claim('glossary:TCT').pages).toEqual([{ label: 'Glossary', href: '/glossary/#term-tct' }]);
    expect(byId.has('glossary:XYZ')).toBe(false);
    expect(claim('partner:police:statutory:1').cites).toEqual([at('3.1')]);
    expect(claim('trust:testshire:established').cites).toEqual([at('1.1')]);
  });

  it('status and scope are carried where the data records them', () => {
    const withScope = input();
    withScope.bodies = [{ ...board, lines: [{ ...board.lines[0]!, ...{ status: 'proposed', scope: { words: 'for performance' } } }] }, partnership];
    const line = deriveClaims(withScope).find((c) => c.id === 'line:testshire-board:part-of:testshire-partnership')!;
    expect([line.status, line.scope]).toEqual(['proposed', 'for performance']);
  });

  it('claims are grouped by the clause they cite, and counted by kind', () => {
    const at21 = claimsByClause(claims).get(DOC)?.get('2.1')?.map((c) => c.id);
    expect(at21).toEqual([
      'body:testshire-board:summary',
      'body:testshire-board:chair',
      'body:testshire-board:not-stated:vice-chair',
      'compare:chair:testshire',
      'compare:vice-chair:testshire',
    ]);
    expect(Object.fromEntries(countByKind(claims))['comparison-cell']).toBe(13);
  });

  it('finds citations at any depth', () => {
    expect(citationsWithin({ a: [{ citation: at('1.1') }, { b: { document: DOC, clause: '2' } }] })).toEqual([at('1.1'), at('2')]);
  });
});
