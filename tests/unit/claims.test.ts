/**
 * The claims model: a line or fact says no more than its words. Each class of overstatement the
 * review found is pinned here by the clause that shows it, against the bodies data as it is (so the
 * data cannot drift back) and against the checks that would catch it again (so the checks can fail).
 */
import { describe, expect, it } from 'vitest';
import { bodyClaims, claimProblems, factStatus, parentClauses, statusContext, statusMarker, type ClaimFacts } from '../../src/lib/claims';
import { lineKindProblem, LINE_KINDS, LINE_KIND_MEANINGS } from '../../src/lib/structure';
import { bodySchema } from '../../src/schemas/body';
import { bodies, bodiesOf, documentById, some } from '../content';

const source = (document: string) => {
  try {
    return documentById(document).source;
  } catch {
    return undefined;
  }
};
const body = (id: string) => {
  const found = bodies().find((b) => b.id === id);
  if (!found) throw new Error(`No body "${id}" in content/bodies/`);
  return found;
};
/** Every line of the content that quotes a clause, with the body it is drawn from. */
const linesCiting = (document: string, clause: string) =>
  bodies().flatMap((b) => b.lines.filter((l) => l.quote.citation.document === document && l.quote.citation.clause === clause).map((l) => ({ body: b, line: l })));
const claimOf = (id: string, field: string): ClaimFacts => {
  const claim = bodyClaims(body(id)).find((c) => c.field === field);
  if (!claim) throw new Error(`No claim ${field} of ${id}`);
  return claim;
};

describe('statuses', () => {
  it('Kent 2007 5.3 is a recommendation: its scrutiny lines are drawn as recommended', () => {
    const lines = some(linesCiting('kent/governance-framework-2007', '5.3'), 'line citing Kent 2007 5.3');
    for (const { body: b, line } of lines) {
      expect(line.status, b.id).toBe('recommended');
      expect(line.kind, b.id).toBe('scrutinises');
      // The words showing it: "Cabinet are asked to:" (5), which 5.3 hangs from.
      expect(statusMarker('recommended', `${line.quote.words} ${line.statusWords?.words ?? ''}`), b.id).toBeDefined();
    }
    // Drawn in force, the same line fails the build: its words read as a recommendation.
    const [{ body: b, line }] = lines as [(typeof lines)[number]];
    const inForce = { field: 'lines[0]', quote: line.quote, status: 'in-force' as const };
    expect(claimProblems(inForce, source).join('\n')).toMatch(/is in force, but its words read as a recommendation \("AGREE"\)/);
    expect(b.trust).toBe('kent');
  });

  it('Kent 2007 5.3(a) and (b) hang from 5 ("Cabinet are asked to:"): the Board’s scrutiny facts are recommended', () => {
    expect(parentClauses('5.3(a)')).toEqual(['5.3', '5']);
    const context = statusContext(source('kent/governance-framework-2007')!, '5.3(a)');
    expect(context.map((c) => c.where)).toEqual(['clause 5.3(a)', 'clause 5.3', 'clause 5', 'the heading above clause 5.3(a)']);
    const board = body('kent-kct-board');
    const scrutiny = board.scrutiny.filter((f) => f.citation.document === 'kent/governance-framework-2007');
    expect(scrutiny.length).toBeGreaterThan(0);
    for (const fact of scrutiny) expect(factStatus(fact, board).status, fact.words).toBe('recommended');
    const panel = claimOf('kent-kct-board', 'scrutiny[1]');
    expect(claimProblems({ ...panel, status: 'in-force', statusWords: undefined }, source).join('\n')).toMatch(/clause 5\.3 of kent\/governance-framework-2007 reads as a recommendation/);
  });

  it('Kent 2007 4.1(b) holds the Lead Member and the DCS to account, not the Board: the fact names its subject', () => {
    expect(body('kent-kct-board').scrutiny.some((f) => f.citation.clause === '4.1(b)')).toBe(false);
    const fact = bodies().flatMap((b) => b.scrutiny.filter((f) => f.citation.clause === '4.1(b)'));
    expect(fact.map((f) => f.subject)).toEqual(['The Lead Member (LM) and Director of Children\'s Services (DCS)']);
  });

  it('Durham 8.2 "it is recommended": Local Children’s Boards’ scrutiny is recommended, 8.1 in place', () => {
    const lcbs = body('durham-local-childrens-boards');
    const byClause = new Map(lcbs.scrutiny.map((f) => [f.citation.clause, factStatus(f, lcbs).status]));
    expect(byClause.get('8.2')).toBe('recommended');
    expect(byClause.get('8.1')).toBe('in-force');
    // 8.1 opens "Proposals for scrutiny arrangements": in force only with the words that say so.
    const placed = claimOf('durham-local-childrens-boards', 'scrutiny[0]');
    expect(placed.statusWords?.words).toBe('has been put in place');
    expect(claimProblems({ ...placed, statusWords: undefined }, source).join('\n')).toMatch(/reads as a proposal \("Proposals"\)/);
  });

  it('Durham 6.7 "Arrangements for Area Action Partnerships are emerging": the AAPs and the reporting to them are proposed', () => {
    expect(body('durham-aaps').status).toBe('proposed');
    const [toAaps] = linesCiting('durham/governance-arrangements-2009', '5.1');
    expect(toAaps?.line).toMatchObject({ to: 'durham-aaps', status: 'proposed', scope: 'on performance' });
  });

  it('Harrow 5.0 is "the emerging structure": every Harrow line is proposed, and drawn in force it would fail', () => {
    const lines = some(bodiesOf('harrow').flatMap((b) => b.lines), 'Harrow line');
    for (const line of lines) expect(line.status).toBe('proposed');
    const hsp = claimOf('harrow-childrens-trust', 'lines[0]');
    expect(claimProblems({ ...hsp, status: 'in-force', statusWords: undefined }, source).join('\n')).toMatch(/clause 5\.0 of harrow\/scrutiny-report-2009 reads as a proposal \("emerging"\)/);
  });

  it('Harrow 3.0 "The new Children’s Trust Board": the board is proposed, and "We also aspire to having young people represented"', () => {
    const board = body('harrow-ct-board');
    expect(board.status).toBe('proposed');
    // Its facts take its status: "The board will meet only 3 times each year" is the new board's.
    expect(factStatus(board.meets!, board).status).toBe('proposed');
    const young = board.members.find((m) => m.status === 'aspiration');
    expect(young?.statusWords?.words).toBe('We also aspire to having young people represented.');
    expect(board.members.filter((m) => factStatus(m, board).status === 'in-force')).toEqual([]);
  });

  it('Kent 2010 3.(2) sets out key proposals: the 12 LCT Boards, and the lines replacing the 23 LCSPs, are proposed', () => {
    const lct = body('kent-lct-boards');
    expect(lct.status).toBe('proposed');
    expect(lct.lines.map((l) => [l.kind, l.to, l.status])).toEqual([
      ['works-within', 'kent-kct-executive', 'proposed'],
      ['replaces', 'kent-lcsps', 'proposed'],
    ]);
    // "the current 23" is how things stood: in force, with the words that say so.
    expect(claimOf('kent-lcsps', 'number')).toMatchObject({ status: 'in-force', statusWords: { words: 'the current 23' } });
  });

  it('a status other than in force needs words that show it', () => {
    const fact = { field: 'meets', quote: { citation: { document: 'kent/partnership-agreement-2008', clause: '10.1' }, words: 'The Trust will meet quarterly (April, July, October and January).' }, status: 'proposed' as const };
    expect(claimProblems(fact, source)).toEqual([
      'field "meets.status" is "proposed", but neither its words nor "statusWords" show it. Quote the words that make it a proposal in "statusWords" (words such as "key proposals", "emerging", "the new"), or give the status the words state.',
    ]);
  });
});

describe('scope and subject', () => {
  it('Durham 6.9 keeps its scope: accountable for performance on the CYP block targets', () => {
    const [only, ...rest] = linesCiting('durham/governance-arrangements-2009', '6.9');
    expect(rest).toEqual([]);
    expect(only?.line.kind).toBe('accountable-to');
    expect(only?.line.scope).toBe('for performance in relation to those targets included within the CYP block');
    // The words' subject is the Children's Trust, not its Executive Board: drawn from the Trust.
    expect(only?.body.kind).toBe('trust');
    expect(only?.body.id).not.toBe(bodies().find((b) => b.trust === 'durham' && b.principal)?.id);
  });

  it('Durham 6.4 and 2.3 name the Children’s Trust, with their scope: the LSCB and the LSPs hold the Trust, not its Executive Board, to account', () => {
    for (const clause of ['6.4', '2.3']) {
      const [found] = linesCiting('durham/governance-arrangements-2009', clause);
      expect(found?.line.kind, clause).toBe('holds-to-account');
      expect(body(found!.line.to).kind, clause).toBe('trust');
      expect(found?.line.scope, clause).toBeTruthy();
    }
  });

  it('Durham 6.6 keeps its scope and subject: the CDSP Board holds the Executive Board to account for the CYP Block', () => {
    const [found] = linesCiting('durham/governance-arrangements-2009', '6.6');
    expect(found?.line).toMatchObject({ to: 'durham-executive-board', subject: 'The CDSP Board', scope: "for the delivery of the Children and Young People's Block of the LAA" });
  });

  it('Durham 5.3 (printed again): the Chairs of the Delivery Groups report, not the groups', () => {
    expect(body('durham-locality-delivery-groups').lines[0]).toMatchObject({ kind: 'reports-to', subject: 'The Chairs of the Delivery Groups' });
  });

  it('a scope or subject that is not in the clause fails', () => {
    const line = { ...claimOf('durham-childrens-trust', 'lines[0]'), scope: 'for performance on every block' };
    expect(claimProblems(line, source)).toEqual([
      'field "lines[0].scope" is "for performance on every block", which is not in clause 6.9 of durham/governance-arrangements-2009. Give the scope in the words of the clause the claim quotes.',
    ]);
  });
});

describe('kinds of line', () => {
  it('every kind says in the schema what its words must state', () => {
    for (const kind of LINE_KINDS) expect(LINE_KIND_MEANINGS[kind].length, kind).toBeGreaterThan(20);
  });

  it('Kent 2008 13.2 is about membership: the Executive is not "part of" the Board on "will include the KCT Chair"', () => {
    expect(lineKindProblem('part-of', 'The KCT Executive Group will include the KCT Chair')).toMatch(/^is "part-of", but its words do not state that/);
    expect(body('kent-kct-executive').lines.map((l) => [l.kind, l.quote.citation.clause])).toEqual([['executive-for', '13.1']]);
  });

  it('Kent 2008 16.2 and Durham 5.3 (printed again) are about support, not "part of"', () => {
    expect(lineKindProblem('part-of', 'Working Groups will be established to support KCT in undertaking its responsibilities')).toBeDefined();
    expect(lineKindProblem('supports', 'Working Groups will be established to support KCT in undertaking its responsibilities')).toBeUndefined();
    expect(body('kent-working-groups').lines.find((l) => l.to === 'kent-kct-board')?.kind).toBe('supports');
    expect(body('durham-planning-performance-groups').lines[0]?.kind).toBe('supports');
  });

  it('Kent 2008 8.4 is reporting both ways: "reports to" on "to and from" fails', () => {
    const words = 'Strong performance management arrangements will ensure clear reporting to and from the Trust to Local Children’s Services Partnerships.';
    expect(lineKindProblem('reports-to', words)).toMatch(/"to and from" is "reports-to-and-from"/);
    expect(lineKindProblem('reports-to-and-from', words)).toBeUndefined();
    expect(body('kent-lcsps').lines[0]?.kind).toBe('reports-to-and-from');
  });

  it('Harrow 5.0 makes the Board and the CYPSP together the Children’s Trust: composition, not a link between them', () => {
    for (const id of ['harrow-ct-board', 'harrow-cypsp']) expect(body(id).lines.map((l) => [l.kind, body(l.to).kind])).toEqual([['part-of', 'trust']]);
  });

  it('Kent 2007 4.(1)(a) and Durham 6.5: the Children’s Services Authority is drawn where the words place accountability or membership with it', () => {
    const kcc = body('kent-county-council');
    expect(kcc.kind).toBe('authority');
    expect(kcc.lines.map((l) => [l.kind, l.to, l.quote.citation.clause])).toEqual([['accountable-for', 'kent-kct-board', '4.1(a)']]);
    expect(body('durham-csa').lines.map((l) => [l.kind, l.to])).toEqual([['member-of', 'durham-childrens-trust']]);
  });

  it('an unknown kind fails with the field and the kinds expected', () => {
    const result = bodySchema.safeParse({ ...body('kent-kct-executive'), lines: [{ ...body('kent-kct-executive').lines[0], kind: 'oversees' }] });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['lines', 0, 'kind']);
    expect(issue.message).toMatch(/^Expected "kind" to be one of the line kinds \(accountable-to, accountable-for, .*links-with\), not "oversees"\./);
  });

  it('the retired "accountableTo" list fails with what to write instead, rather than being dropped', () => {
    const result = bodySchema.safeParse({ ...body('kent-kct-executive'), accountableTo: ['kent-kct-board'] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['accountableTo', 'Field "accountableTo" is no longer read: give each body it is accountable to as a line of kind "accountable-to" under "lines", with the words that state it.'],
    ]);
    expect(bodySchema.safeParse(body('kent-kct-executive')).success).toBe(true);
  });

  it('a line without a status fails: every line must say whether its words put it in force', () => {
    const { status: _, ...line } = body('kent-kct-executive').lines[0]!;
    const result = bodySchema.safeParse({ ...body('kent-kct-executive'), lines: [line] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['lines.0.status', 'Give "status": one of "in-force", "proposed", "recommended", "aspiration", as the words state it (the Kent 2007 scrutiny lines are "recommended": Cabinet was asked to agree them).'],
    ]);
  });
});
