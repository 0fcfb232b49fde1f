import { describe, expect, it } from 'vitest';
import { dutiesInMdx, TOPICS } from '../../src/lib/duties';
import { dutiesOf, dutySearchRecords, groupByTrustAndDocument, organisationsReached, type Duty, type PartnerInfo } from '../../src/lib/partners';

/** The Partner Agency Agreement's item 9, marked as in the Kent 2008 agreement. */
const kent = `import Clause from '~/components/Clause.astro';

## 10. Meeting Arrangements

<Clause n="10.3">

A Vice-chairperson will be appointed from amongst core members who are not KCC employees. <Duty partners="vice-chair" topics="leadership attendance">The Vice-chairperson will deputise for the Chairperson when the latter is unavailable or by previous arrangement.</Duty>

</Clause>

<Clause n="paa-9" label="9.">

<Duty partners="partner-representatives" topics="attendance">Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).</Duty>

</Clause>

## 14. Links and reporting with other bodies and forums

<Duty partners="youth-offending-services primary-care-trusts" topics="accountability" type="role">

- Kent Youth Justice Board - through the YOS representative
- Teenage Pregnancy Board - through the Director of Children's Health Commissioning

</Duty>
`;

describe('duties marked in MDX', () => {
  const { duties, problems } = dutiesInMdx(kent);
  it('finds each mark with its clause, words and anchor', () => {
    expect(problems).toEqual([]);
    expect(duties.map((d) => [d.clause, d.anchor, d.partners, d.topics, d.type, d.inClause, d.block])).toEqual([
      ['10.3', 'duty-10.3-1', ['vice-chair'], ['leadership', 'attendance'], 'duty', true, false],
      ['paa-9', 'duty-paa-9-1', ['partner-representatives'], ['attendance'], 'duty', true, false],
      ['14', 'duty-14-1', ['youth-offending-services', 'primary-care-trusts'], ['accountability'], 'role', false, true],
    ]);
    expect(duties[1]!.text).toBe('Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).');
    expect(duties[2]!.text).toBe(
      "Kent Youth Justice Board - through the YOS representative Teenage Pregnancy Board - through the Director of Children's Health Commissioning",
    );
    expect(duties[0]!.line).toBe(7);
  });
  it('a passage outside any clause or numbered heading cannot be marked', () => {
    const { problems: p } = dutiesInMdx('## Resources\n\n<Duty partners="every-partner" topics="resources">\n\nThe trust is funded by all agencies.\n\n</Duty>\n');
    expect(p.map((x) => x.message)).toEqual([
      '<Duty> is not inside a <Clause> or under a numbered heading, so it has no clause to cite. Move it, or wrap the clause in <Clause n="…">.',
    ]);
  });
  it('an inline mark under a heading, a nested mark, a missing topic and an unknown type are each explained', () => {
    const source = `## 3.0 Membership

The board. <Duty partners="police" topics="membership">The Borough Commander.</Duty>

<Clause n="1.1">

<Duty partners="police"><Duty partners="chair" topics="decisions" type="seat">The Chair.</Duty></Duty>

</Clause>
`;
    expect(dutiesInMdx(source).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: <Duty> outside a <Clause> (under heading 3.0) must wrap whole paragraphs or lists, with the tags on their own lines, so the page can show whose duty it is.',
      `7: <Duty> has no topics. Expected topics="…" with one or more of: ${Object.keys(TOPICS).join(', ')}.`,
      '7: <Duty> is inside another <Duty>. Mark each passage once, naming every partner it applies to.',
      '7: <Duty> has type "seat". Expected "duty" (the default) or "role".',
    ]);
  });
  it('a mark with no words, partners or known topic is explained', () => {
    const messages = dutiesInMdx('<Clause n="1">\n\n<Duty topics="quorum"></Duty>\n\n</Clause>\n').problems.map((p) => p.message);
    expect(messages).toEqual([
      '<Duty> has no partners. Expected partners="<partner id> …" naming partners in content/partners/, or "every-partner".',
      `<Duty> names topic "quorum", which does not exist. Expected one of: ${Object.keys(TOPICS).join(', ')}.`,
      '<Duty> wraps no words. Put the tags around the sentence, paragraph or list that states the duty.',
    ]);
  });
});

const partner = (id: string, kind: PartnerInfo['kind'], trusts: string[], extra: Partial<PartnerInfo> = {}): PartnerInfo => ({
  id,
  name: id.replace(/-/g, ' '),
  kind,
  trusts,
  appliesToEveryPartner: false,
  aliases: [],
  ...extra,
});
const partners = [
  partner('police', 'organisation', ['kent', 'durham'], { aliases: [{ name: 'Kent Police', trusts: ['kent'] }, { name: 'Durham Constabulary', trusts: ['durham'] }] }),
  partner('probation', 'organisation', ['durham']),
  partner('lscb', 'organisation', ['kent', 'durham'], { outside: true }),
  partner('chair', 'role', ['kent']),
  partner('every-partner', 'collective', ['kent', 'durham'], { appliesToEveryPartner: true }),
  partner('partner-representatives', 'role', ['kent', 'durham'], { appliesToEveryPartner: true }),
];
const duty = (document: string, clause: string, ids: string[], extra: Partial<Duty> = {}): Duty => ({
  document,
  trust: document.split('/')[0]!,
  clause,
  ordinal: 1,
  anchor: `duty-${clause}-1`,
  partners: ids,
  topics: ['attendance'],
  type: 'duty',
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

describe('a partner’s duties', () => {
  it('the police carry their own duties and, in both trusts, those given to every partner or every representative', () => {
    const { own, shared } = dutiesOf(partners[0]!, duties, partners);
    expect(own.map((d) => d.clause)).toEqual(['10.4']);
    expect(shared.map((s) => [s.duty.clause, s.via])).toEqual([
      ['paa-9', ['partner-representatives']],
      ['9.5(a)', ['every-partner']],
    ]);
  });
  it('probation, in Durham only, does not carry Kent’s duties of every partner', () => {
    expect(dutiesOf(partners[1]!, duties, partners).shared.map((s) => s.duty.clause)).toEqual(['9.5(a)']);
  });
  it('the LSCB is named but is not a partner, so duties of every partner do not fall on it', () => {
    const { own, shared } = dutiesOf(partners[2]!, duties, partners);
    expect(own.map((d) => d.clause)).toEqual(['6.4']);
    expect(shared).toEqual([]);
  });
  it('a role carries only what names it', () => {
    expect(dutiesOf(partners[3]!, duties, partners)).toEqual({ own: [duties[1]], shared: [] });
  });
  it('a duty of every partner reaches every partner organisation of its trust', () => {
    expect(organisationsReached(duties[2]!, partners).map((p) => p.id)).toEqual(['police', 'probation', 'every-partner']);
  });
  it('groups by trust, then document, in the given order', () => {
    const groups = groupByTrustAndDocument(duties, (d) => d, ['kent', 'durham'], ['kent/partnership-agreement-2008', 'durham/governance-arrangements-2009']);
    expect(groups.map((g) => [g.trust, g.documents.map((d) => [d.document, d.items.map((i) => i.clause)])])).toEqual([
      ['kent', [['kent/partnership-agreement-2008', ['paa-9', '10.4']]]],
      ['durham', [['durham/governance-arrangements-2009', ['9.5(a)', '6.4']]]],
    ]);
  });
});

describe('search records for duties', () => {
  const records = dutySearchRecords(duties, {
    partners,
    trustNames: { kent: 'Kent Children’s Trust', durham: 'Children’s Trust for County Durham' },
    documentTypes: { 'kent/partnership-agreement-2008': 'Partnership agreement', 'durham/governance-arrangements-2009': 'Governance framework' },
    documentNames: { 'kent/partnership-agreement-2008': 'Kent partnership agreement (2008)' },
    expansions: (text) => (text.includes('LCSB') ? [['LCSB', 'Local Safeguarding Children Board']] : []),
  });
  it('have an address of their own (the duty\'s anchor), link to the clause and name it, with whose duty it is', () => {
    // One address per duty: Pagefind keeps one record per address.
    expect(records[0]!.url).toBe('/kent/partnership-agreement-2008/#duty-paa-9-1');
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(records[0]!.meta).toEqual({
      title: 'Kent partnership agreement (2008), Partner Agency Agreement 9',
      bearers: 'Duty of partner representatives',
      anchor: 'paa-9',
    });
    expect(records[1]!.meta.bearers).toBe('Role of police, chair');
  });
  it('carry the trust, type, topic, every organisation reached, and the Duty record filter', () => {
    expect(records[2]!.filters).toEqual({
      trust: ['Children’s Trust for County Durham'],
      type: ['Governance framework'],
      partner: ['every partner', 'police', 'probation'],
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
