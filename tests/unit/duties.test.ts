import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/lib/claims';
import { dutiesInMdx, TOPICS } from '../../src/lib/duties';
import {
  boardMembership,
  dutiesOf,
  dutySearchRecords,
  groupByTrustAndDocument,
  membersReached,
  membershipsOf,
  organisationsReached,
  unlistedFor,
  type Duty,
  type PartnerInfo,
} from '../../src/lib/partners';

/** The Partner Agency Agreement's item 9, marked as in the Kent 2008 agreement. */
const kent = `import Clause from '~/components/Clause.astro';

## 10. Meeting Arrangements

<Clause n="10.3">

A Vice-chairperson will be appointed from amongst core members who are not KCC employees. <Duty partners="vice-chair" topics="leadership attendance" status="in-force" subject="The Vice-chairperson" scope="when the latter is unavailable or by previous arrangement">The Vice-chairperson will deputise for the Chairperson when the latter is unavailable or by previous arrangement.</Duty>

</Clause>

## 14. Links and reporting with other bodies and forums

<Duty partners="youth-offending-services primary-care-trusts" topics="accountability" type="role" status="in-force" subject="the YOS representative|the Director of Children's Health Commissioning">

- Kent Youth Justice Board - through the YOS representative
- Teenage Pregnancy Board - through the Director of Children's Health Commissioning

</Duty>

## Kent Children's Trust Partner Agency Agreement

Members will:

<Clause n="paa-9" label="9.">

<Duty partners="partner-representatives" topics="attendance" status="in-force" subject="Members">Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).</Duty>

</Clause>
`;

describe('duties marked in MDX', () => {
  const { duties, problems } = dutiesInMdx(kent);
  it('finds each mark with its clause, words, anchor, status, subject and scope', () => {
    expect(problems).toEqual([]);
    expect(duties.map((d) => [d.clause, d.anchor, d.partners, d.topics, d.type, d.inClause, d.block])).toEqual([
      ['10.3', 'duty-10.3-1', ['vice-chair'], ['leadership', 'attendance'], 'duty', true, false],
      ['14', 'duty-14-1', ['youth-offending-services', 'primary-care-trusts'], ['accountability'], 'role', false, true],
      ['paa-9', 'duty-paa-9-1', ['partner-representatives'], ['attendance'], 'duty', true, false],
    ]);
    expect(duties[2]!.text).toBe('Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).');
    expect(duties[1]!.text).toBe(
      "Kent Youth Justice Board - through the YOS representative Teenage Pregnancy Board - through the Director of Children's Health Commissioning",
    );
    expect(duties[0]!.line).toBe(7);
    expect(duties.map((d) => [d.status, d.subject, d.scope])).toEqual([
      ['in-force', ['The Vice-chairperson'], 'when the latter is unavailable or by previous arrangement'],
      ['in-force', ['the YOS representative', "the Director of Children's Health Commissioning"], undefined],
      ['in-force', ['Members'], undefined],
    ]);
  });
  it('Kent PAA 9: the subject "Members" is printed above the clause, in its section ("Members will:"), and that is enough', () => {
    expect(problems).toEqual([]);
    // The same mark without the section's "Members will:" line has nothing to quote.
    const alone = kent.replace('Members will:\n', '');
    expect(dutiesInMdx(alone).problems.map((p) => p.message)).toEqual([
      '<Duty> in clause paa-9 has subject "Members", which is not in its clause or section. Quote the words that name who it is for, exactly as printed.',
    ]);
  });
  it('a passage outside any clause or numbered heading cannot be marked', () => {
    const { problems: p } = dutiesInMdx(
      '## Resources\n\n<Duty partners="every-partner" topics="resources" status="in-force" subject="all agencies">\n\nThe trust is funded by all agencies.\n\n</Duty>\n',
    );
    expect(p.map((x) => x.message)).toEqual([
      '<Duty> is not inside a <Clause> or under a numbered heading, so it has no clause to cite. Move it, or wrap the clause in <Clause n="…">.',
    ]);
  });
  it('an inline mark under a heading, a nested mark, a missing topic and an unknown type are each explained', () => {
    const source = `## 3.0 Membership

The board. <Duty partners="police" topics="membership" status="proposed" subject="The Borough Commander">The Borough Commander.</Duty>

<Clause n="1.1">

<Duty partners="police" status="in-force" subject="The Chair"><Duty partners="chair" topics="decisions" type="seat" status="in-force" subject="The Chair">The Chair.</Duty></Duty>

</Clause>
`;
    expect(dutiesInMdx(source).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: <Duty> outside a <Clause> (under heading 3.0) must wrap whole paragraphs or lists, with the tags on their own lines, so the page can show whose duty it is.',
      `7: <Duty> has no topics. Expected topics="…" with one or more of: ${Object.keys(TOPICS).join(', ')}.`,
      '7: <Duty> is inside another <Duty>. Mark each passage once, naming every partner it applies to.',
      '7: <Duty> has type "seat". Expected "duty" (the default) or "role".',
    ]);
  });
  it('a mark with no words, partners, bodies or known topic is explained', () => {
    const messages = dutiesInMdx('<Clause n="1">\n\n<Duty topics="quorum" status="in-force" subject="x"></Duty>\n\n</Clause>\n').problems.map((p) => p.message);
    expect(messages).toEqual([
      '<Duty> has no partners. Expected partners="<partner id> …" naming partners in content/partners/, or "every-partner"; or bodies="<body id> …" (content/bodies/, or "trust") for a duty of the trust or one of its boards as a body.',
      `<Duty> names topic "quorum", which does not exist. Expected one of: ${Object.keys(TOPICS).join(', ')}.`,
      '<Duty> wraps no words. Put the tags around the sentence, paragraph or list that states the duty.',
      '<Duty> in clause 1 has subject "x", which is not in its clause or section. Quote the words that name who it is for, exactly as printed.',
    ]);
  });
  it('Harrow voting ¶1: a mark with no status, or a status that is not one of the four, fails with the clause and what is expected', () => {
    const mark = (status: string) =>
      `## Children's' Trust Board and Voting\n\n<Clause n="voting-1" label="¶1">\n\n<Duty partners="police" topics="membership" type="role" ${status} subject="Police">Membership of the Children's trust board will extend to Police.</Duty>\n\n</Clause>\n`;
    const expected = `Expected one of: ${CLAIM_STATUSES.map((s) => `"${s}"`).join(', ')} (in force; or only proposed, recommended, or an aspiration, as the words put it)`;
    expect(dutiesInMdx(mark('')).problems.map((p) => p.message)).toEqual([`<Duty> in clause voting-1 has no status. ${expected}, e.g. status="in-force".`]);
    expect(dutiesInMdx(mark('status="planned"')).problems.map((p) => p.message)).toEqual([`<Duty> in clause voting-1 has status "planned". ${expected}.`]);
    expect(dutiesInMdx(mark('status="proposed"')).problems).toEqual([]);
  });
  it('County Durham 9.5(e): the scope must be words of the clause or its section, and a mark needs a subject', () => {
    const clause = (attrs: string) =>
      `## 9. Conflict resolution protocol\n\n<Clause n="9.5(e)" label="e)">\n\n<Duty partners="every-partner" topics="decisions" status="in-force" ${attrs}>A partner votes if the decision to be made directly affects the partner's statutory duty, powers or finances.</Duty>\n\n</Clause>\n`;
    expect(dutiesInMdx(clause('subject="A partner" scope="if the decision to be made directly affects the partner\'s statutory duty, powers or finances"')).problems).toEqual([]);
    expect(dutiesInMdx(clause('subject="A partner" scope="only on budgets"')).problems.map((p) => p.message)).toEqual([
      '<Duty> in clause 9.5(e) has scope "only on budgets", which is not in its clause or section. Quote the words that limit it (a time, a meeting, a condition), exactly as printed.',
    ]);
    expect(dutiesInMdx(clause('subject="A partner" scope=" "')).problems.map((p) => p.message)).toEqual([
      '<Duty> in clause 9.5(e) has an empty scope. Leave scope out, or quote the words that limit it.',
    ]);
    expect(dutiesInMdx(clause('')).problems.map((p) => p.message)).toEqual([
      '<Duty> in clause 9.5(e) has no subject. Expected subject="…": the words that name who it is for, as printed (several separated by "|"), e.g. subject="Partners".',
    ]);
  });
  it('Harrow 4.0: a duty of a board as a body names the body and no partner', () => {
    const source = `## 4.0 A Children's Trust board\n\n<Duty bodies="harrow-ct-board" topics="meetings" status="proposed" subject="The board">\n\nThe board will meet only 3 times each year.\n\n</Duty>\n`;
    const { duties: found, problems: p } = dutiesInMdx(source);
    expect(p).toEqual([]);
    expect(found.map((d) => [d.clause, d.partners, d.bodies, d.status])).toEqual([['4.0', [], ['harrow-ct-board'], 'proposed']]);
  });
  it('the words a mark quotes are not found in its own attributes', () => {
    // "Partners" appears only inside the tag: the check reads the words, not the markup.
    const { problems: p } = dutiesInMdx('<Clause n="5.4">\n\n<Duty partners="every-partner" topics="performance" status="in-force" subject="Partners">They agree.</Duty>\n\n</Clause>\n');
    expect(p.map((x) => x.message)).toEqual([
      '<Duty> in clause 5.4 has subject "Partners", which is not in its clause or section. Quote the words that name who it is for, exactly as printed.',
    ]);
  });
});

const partner = (id: string, kind: PartnerInfo['kind'], trusts: string[], extra: Partial<PartnerInfo> = {}): PartnerInfo => ({
  id,
  name: id.replace(/-/g, ' '),
  kind,
  trusts,
  reaches: 'itself',
  aliases: [],
  ...extra,
});
const quote = (document: string, clause: string) => ({ document, clause });
const partners = [
  partner('police', 'organisation', ['kent', 'durham', 'harrow'], { aliases: [{ name: 'Kent Police', trusts: ['kent'] }, { name: 'Durham Constabulary', trusts: ['durham'] }] }),
  partner('probation', 'organisation', ['durham']),
  partner('lscb', 'organisation', ['kent', 'durham'], { outside: true }),
  partner('chair', 'role', ['kent']),
  partner('voluntary-and-community-sector', 'organisation', ['kent', 'durham', 'harrow']),
  partner('schools', 'organisation', ['kent', 'durham']),
  partner('every-partner', 'collective', ['kent', 'durham', 'harrow'], { reaches: 'every-partner' }),
  partner('relevant-partners', 'collective', ['kent', 'durham', 'harrow'], {
    reaches: 'listed',
    members: [
      { trust: 'kent', citation: quote('kent/governance-framework-2007', '1.2'), words: 'the following services', partners: [{ partner: 'police', words: 'The Police Authority and Chief Officer' }] },
      { trust: 'kent', citation: quote('kent/cabinet-report-2010', '2.1'), words: 'become new statutory partners', from: '2010-01', partners: [{ partner: 'schools', words: 'Schools (including Academies)' }] },
      { trust: 'durham', citation: quote('durham/governance-arrangements-2009', 'note-1'), words: 'relevant partners', partners: [{ partner: 'police', words: 'The Police Authority and Police Constabulary' }, { partner: 'probation', words: 'Probation Board' }] },
    ],
    unlisted: [{ trust: 'harrow', nearest: { citation: quote('harrow/scrutiny-report-2009', '2.1'), words: "local authorities and their 'relevant partners'" } }],
  }),
  partner('partner-representatives', 'role', ['kent', 'durham', 'harrow'], {
    reaches: 'board-members',
    ...boardMembership(['kent', 'durham', 'harrow'], [
      { id: 'durham-executive-board', trust: 'durham', principal: true, members: [{ partner: 'police', role: 'Durham Constabulary' }], notStated: [] },
      { id: 'durham-local-childrens-boards', trust: 'durham', principal: false, members: [{ partner: 'probation', role: 'Probation' }], notStated: [] },
      {
        id: 'kent-kct-board',
        trust: 'kent',
        principal: true,
        members: [],
        notStated: [{ fact: 'members', nearest: { citation: quote('kent/partnership-agreement-2008', '9.3'), words: 'Members - an up to date membership list can be found at:' } }],
      },
      { id: 'harrow-ct-board', trust: 'harrow', principal: true, members: [{ partner: 'voluntary-and-community-sector', role: 'the Chief executive of Harrow Association of Voluntary services' }], notStated: [] },
    ]),
  }),
];
const duty = (document: string, clause: string, ids: string[], extra: Partial<Duty> = {}): Duty => ({
  document,
  trust: document.split('/')[0]!,
  issued: { kent: '2008-05-01', durham: '2009-01-01', harrow: '2009-04-21' }[document.split('/')[0]!],
  clause,
  ordinal: 1,
  anchor: `duty-${clause}-1`,
  partners: ids,
  bodies: [],
  topics: ['attendance'],
  type: 'duty',
  status: 'in-force',
  subject: ['Members'],
  inClause: true,
  block: false,
  markdown: 'words',
  text: 'words',
  line: 1,
  ...extra,
});
const duties = [
  duty('kent/partnership-agreement-2008', 'paa-9', ['partner-representatives']),
  duty('kent/partnership-agreement-2008', '10.4', ['police', 'chair'], { type: 'role', topics: ['meetings'] }),
  duty('durham/governance-arrangements-2009', '9.5(a)', ['every-partner'], { topics: ['decisions'] }),
  duty('durham/governance-arrangements-2009', '6.4', ['lscb'], { topics: ['accountability', 'safeguarding'], text: 'referred to the LCSB' }),
];
const byId = (id: string) => partners.find((p) => p.id === id)!;
const ids = (list: readonly PartnerInfo[] | 'unlisted') => (list === 'unlisted' ? list : list.map((p) => p.id));

describe('a partner’s duties', () => {
  it('the police carry their own duties and, in each trust, those of every partner; Kent’s board members are not listed', () => {
    const { own, shared, ifOnBoard } = dutiesOf(partners[0]!, duties, partners);
    expect(own.map((d) => d.clause)).toEqual(['10.4']);
    expect(shared.map((s) => [s.duty.clause, s.via])).toEqual([['9.5(a)', ['every-partner']]]);
    // Kent's documents do not list who sits on the KCT board: the commitment applies only if the police do.
    expect(ifOnBoard.map((s) => [s.duty.clause, s.via])).toEqual([['paa-9', ['partner-representatives']]]);
  });
  it('probation, in Durham only, does not carry Kent’s duties', () => {
    const { shared, ifOnBoard } = dutiesOf(partners[1]!, duties, partners);
    expect(shared.map((s) => s.duty.clause)).toEqual(['9.5(a)']);
    expect(ifOnBoard).toEqual([]);
  });
  it('the LSCB is named but is not a partner, so duties of every partner do not fall on it', () => {
    const { own, shared } = dutiesOf(partners[2]!, duties, partners);
    expect(own.map((d) => d.clause)).toEqual(['6.4']);
    expect(shared).toEqual([]);
  });
  it('a role carries only what names it', () => {
    expect(dutiesOf(partners[3]!, duties, partners)).toEqual({ own: [duties[1]], shared: [], ifOnBoard: [] });
  });
  it('a duty of every partner reaches every partner organisation of its trust', () => {
    expect(organisationsReached(duties[2]!, partners).map((p) => p.id)).toEqual(['police', 'probation', 'voluntary-and-community-sector', 'schools', 'every-partner']);
  });
  it('groups by trust, then document, in the given order', () => {
    const groups = groupByTrustAndDocument(duties, (d) => d, ['kent', 'durham'], ['kent/partnership-agreement-2008', 'durham/governance-arrangements-2009']);
    expect(groups.map((g) => [g.trust, g.documents.map((d) => [d.document, d.items.map((i) => i.clause)])])).toEqual([
      ['kent', [['kent/partnership-agreement-2008', ['paa-9', '10.4']]]],
      ['durham', [['durham/governance-arrangements-2009', ['9.5(a)', '6.4']]]],
    ]);
  });
});

describe('the statutory (relevant) partners: a duty reaches exactly those its trust’s documents list', () => {
  const relevant = byId('relevant-partners');
  const kent2008 = duty('kent/partnership-agreement-2008', '4.1', ['relevant-partners'], { topics: ['cooperation'] });
  const kent2010 = duty('kent/cabinet-report-2010', '2.1', ['relevant-partners'], { topics: ['cooperation'], issued: '2010-03-29' });
  const durham = duty('durham/governance-arrangements-2009', '3.1', ['relevant-partners'], { topics: ['cooperation'] });
  const harrow = duty('harrow/scrutiny-report-2009', '2.1', ['relevant-partners'], { topics: ['cooperation'] });
  it('Kent 2008 4.1: the section 10 list of Kent’s 2007 report, not the voluntary sector, and not yet schools', () => {
    expect(ids(membersReached(relevant, kent2008, partners))).toEqual(['police']);
  });
  it('Kent 2010 2.(1): schools become statutory partners from January 2010, so a 2010 duty reaches them too', () => {
    expect(ids(membersReached(relevant, kent2010, partners))).toEqual(['police', 'schools']);
    expect(ids(membersReached(relevant, { ...kent2010, issued: '2009-12-16' }, partners))).toEqual(['police']);
  });
  it('County Durham 3.1: the relevant partners of the footnote; the voluntary sector is not among them', () => {
    expect(ids(membersReached(relevant, durham, partners))).toEqual(['police', 'probation']);
    expect(dutiesOf(byId('voluntary-and-community-sector'), [durham], partners)).toEqual({ own: [], shared: [], ifOnBoard: [] });
    expect(dutiesOf(byId('probation'), [durham], partners).shared).toEqual([{ duty: durham, via: ['relevant-partners'] }]);
  });
  it('Harrow 2.1: the report does not list them, so the duty reaches no organisation’s page, and each page notes it', () => {
    expect(membersReached(relevant, harrow, partners)).toBe('unlisted');
    expect(organisationsReached(harrow, partners).map((p) => p.id)).toEqual(['relevant-partners']);
    for (const p of [byId('police'), byId('voluntary-and-community-sector')]) {
      expect(dutiesOf(p, [harrow], partners)).toEqual({ own: [], shared: [], ifOnBoard: [] });
      expect(unlistedFor(p, [harrow], partners)).toEqual([{ collective: relevant, trust: 'harrow', duties: 1, unlisted: relevant.unlisted![0] }]);
    }
  });
  it('where a document lists a partner among them, with its words', () => {
    expect(membershipsOf(byId('police'), partners).map((m) => [m.list.trust, m.words])).toEqual([
      ['kent', 'The Police Authority and Chief Officer'],
      ['durham', 'The Police Authority and Police Constabulary'],
    ]);
    expect(membershipsOf(byId('voluntary-and-community-sector'), partners)).toEqual([]);
  });
});

describe('the board’s members: a duty reaches the agencies on the trust’s principal board', () => {
  const representatives = byId('partner-representatives');
  const durham = duty('durham/governance-arrangements-2009', '4.2', ['partner-representatives']);
  const harrow = duty('harrow/scrutiny-report-2009', 'voting-3', ['partner-representatives'], { status: 'proposed' });
  it('County Durham 4.2: the Executive Board’s members, not a Local Children’s Board’s', () => {
    expect(ids(membersReached(representatives, durham, partners))).toEqual(['police']);
    expect(dutiesOf(byId('probation'), [durham], partners).shared).toEqual([]);
  });
  it('Harrow voting ¶3: the voluntary sector sits on the board, so its board member’s duty is on its page', () => {
    expect(dutiesOf(byId('voluntary-and-community-sector'), [harrow], partners).shared).toEqual([{ duty: harrow, via: ['partner-representatives'] }]);
    expect(dutiesOf(byId('police'), [harrow], partners).shared).toEqual([]);
  });
  it('Kent: the documents do not list the board, so the duties apply only if the agency sits on it, with the nearest words', () => {
    expect(membersReached(representatives, duties[0]!, partners)).toBe('unlisted');
    expect(representatives.unlisted).toEqual([
      { trust: 'kent', body: 'kent-kct-board', nearest: { citation: quote('kent/partnership-agreement-2008', '9.3'), words: 'Members - an up to date membership list can be found at:' } },
    ]);
    expect(dutiesOf(byId('schools'), [duties[0]!], partners).ifOnBoard.map((s) => s.duty.clause)).toEqual(['paa-9']);
    // Not a statutory-partner note: board membership is the agency's own to know.
    expect(unlistedFor(byId('schools'), [duties[0]!], partners)).toEqual([]);
  });
});

describe('a duty of the trust as a body', () => {
  const board = duty('harrow/scrutiny-report-2009', '4.0', [], { bodies: ['harrow-ct-board'], status: 'proposed', block: true, inClause: false });
  it('Harrow 4.0: "The board will meet only 3 times each year" reaches no partner', () => {
    expect(organisationsReached(board, partners)).toEqual([]);
    for (const p of partners) expect(dutiesOf(p, [board], partners)).toEqual({ own: [], shared: [], ifOnBoard: [] });
  });
});

describe('search records for duties', () => {
  const body = duty('harrow/scrutiny-report-2009', '4.0', [], { bodies: ['harrow-ct-board'], status: 'proposed', subject: ['The board'] });
  const scoped = duty('durham/governance-arrangements-2009', '9.5(e)', ['every-partner'], {
    topics: ['decisions'],
    subject: ['A partner'],
    scope: 'if the decision to be made directly affects the partner’s statutory duty, powers or finances',
    ordinal: 2,
    anchor: 'duty-9.5(e)-2',
  });
  const records = dutySearchRecords([...duties, body, scoped], {
    partners,
    trustNames: { kent: 'Kent Children’s Trust', durham: 'Children’s Trust for County Durham', harrow: 'Harrow Children’s Trust' },
    documentTypes: { 'kent/partnership-agreement-2008': 'Partnership agreement', 'durham/governance-arrangements-2009': 'Governance framework' },
    documentNames: { 'kent/partnership-agreement-2008': 'Kent partnership agreement (2008)' },
    expansions: (text) => (text.includes('LCSB') ? [['LCSB', 'Local Safeguarding Children Board']] : []),
    bodyNames: { 'harrow-ct-board': 'Children’s Trust Board' },
  });
  it('have an address of their own (the duty\'s anchor), link to the clause and name it, with whose duty it is and its status', () => {
    // One address per duty: Pagefind keeps one record per address.
    expect(records[0]!.url).toBe('/kent/partnership-agreement-2008/#duty-paa-9-1');
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(records[0]!.meta).toEqual({
      title: 'Kent partnership agreement (2008), Partner Agency Agreement 9',
      bearers: 'Duty of partner representatives · In force',
      status: 'In force',
      anchor: 'paa-9',
    });
    expect(records[1]!.meta.bearers).toBe('Role of police, chair · In force');
  });
  it('County Durham 9.5(e): the scope is in the record, its meta and its words', () => {
    const record = records[5]!;
    expect(record.meta.bearers).toBe('Duty of every partner · In force; scope: “if the decision to be made directly affects the partner’s statutory duty, powers or finances”');
    expect(record.meta.scope).toBe('if the decision to be made directly affects the partner’s statutory duty, powers or finances');
    expect(record.content).toContain('The words name: “A partner”.');
  });
  it('Harrow 4.0: a duty of the board as a body says so and filters on no partner', () => {
    expect(records[4]!.meta.bearers).toBe('Duty of Children’s Trust Board (as a body) · Proposed');
    expect(records[4]!.filters.partner).toEqual([]);
    expect(records[4]!.content).toContain('Status: Proposed.');
  });
  it('carry the trust, type, topic, every organisation reached, and the Duty record filter', () => {
    expect(records[2]!.filters).toEqual({
      trust: ['Children’s Trust for County Durham'],
      type: ['Governance framework'],
      partner: ['every partner', 'police', 'probation', 'voluntary and community sector', 'schools'],
      topic: ['Decisions, voting and disputes'],
      record: ['Duty'],
    });
  });
  it('index the names the trust’s documents use for the partner, and acronyms spelt out', () => {
    expect(records[1]!.content).toContain('police (Kent Police)');
    expect(records[1]!.content).not.toContain('Durham Constabulary');
    expect(records[3]!.content).toContain('Acronyms: LCSB: Local Safeguarding Children Board.');
  });
});
