/**
 * Clause-by-clause reviews: how far a review has got (src/lib/reviews.ts), the shape of a review
 * file (src/schemas/review.ts), and the build's check of reviews against the claims
 * (validateReviews in src/lib/validate.ts), with its messages pinned.
 */
import { describe, expect, it } from 'vitest';
import { reviewCoverage, reviewNotice } from '../../src/lib/reviews';
import { reviewSchema } from '../../src/schemas/review';
import { validateReviews, type ClaimFacts, type ReviewFacts } from '../../src/lib/validate';

const DOC = 'kent/partnership-agreement-2008';
const FILE = `content/reviews/${DOC}.yaml`;
const documents = [{ id: DOC, clauses: ['10', '10.1', '10.2', '10.3', '10.4', '11.3'] }];
const claims: ClaimFacts[] = [
  { id: 'body:kent-kct-board:meets', kind: 'body-fact', says: 'Kent Children’s Trust County Board: how often it meets', cites: [{ document: DOC, clause: '10.1' }] },
  { id: 'body:kent-kct-board:chair', kind: 'body-fact', says: 'Kent Children’s Trust County Board: who chairs it', cites: [{ document: DOC, clause: '10.2' }] },
  {
    id: 'rule:kent-quorum:rule',
    kind: 'rule-statement',
    says: 'Is the Kent Children’s Trust meeting quorate?',
    cites: [
      { document: DOC, clause: '10.4' },
      { document: DOC, clause: '10.3' },
    ],
  },
  { id: 'compare:scrutiny:harrow', kind: 'comparison-cell', says: 'Scrutiny, Harrow: not stated', cites: [], silence: 'harrow/scrutiny-report-2009' },
];
const review = (): ReviewFacts => ({
  file: FILE,
  document: DOC,
  clauses: [
    { clause: '10', claims: [], none: true, findings: [] },
    { clause: '10.1', claims: ['body:kent-kct-board:meets'], findings: [] },
    { clause: '10.2', claims: ['body:kent-kct-board:chair'], findings: [{ claim: 'body:kent-kct-board:chair' }] },
    { clause: '10.4', claims: ['rule:kent-quorum:rule'], findings: [] },
  ],
});

describe('review coverage', () => {
  it('a document with no review file is 0% reviewed, every clause listed', () => {
    const c = reviewCoverage(['1', '1.1', '1.2'], undefined);
    expect(c).toMatchObject({ total: 3, reviewed: 0, unreviewed: ['1', '1.1', '1.2'], percent: 0, complete: false });
    expect(reviewNotice(c)).toBe('Review under way: 0 of 3 clauses reviewed');
  });
  it('counts the clauses with an entry and the findings, and rounds the per cent down', () => {
    const clauses = Array.from({ length: 200 }, (_, i) => String(i + 1));
    const c = reviewCoverage(clauses, { clauses: clauses.slice(0, 199).map((clause) => ({ clause, findings: clause === '7' ? [{}, {}] : [] })) });
    expect(c).toMatchObject({ reviewed: 199, unreviewed: ['200'], percent: 99, findings: 2, complete: false });
  });
  it('a complete review: every clause, and the claims about the whole document when there are any', () => {
    const all = { clauses: [{ clause: '1' }] };
    expect(reviewCoverage(['1'], all).complete).toBe(true);
    expect(reviewNotice(reviewCoverage(['1'], all))).toBeUndefined();
    const pending = reviewCoverage(['1'], all, 2);
    expect(pending).toMatchObject({ complete: false, silencesUnreviewed: 2, percent: 100 });
    expect(reviewNotice(pending)).toBe('Review under way: 1 of 1 clauses reviewed; 2 claims about the whole document not yet reviewed');
    expect(reviewCoverage(['1'], { ...all, silences: {} }, 2).complete).toBe(true);
  });
});

describe('review file schema', () => {
  it('an entry lists claims or says none: true, not both and not neither', () => {
    const both = reviewSchema.safeParse({ clauses: [{ clause: '10.4', claims: ['rule:kent-quorum:rule'], none: true }] });
    const neither = reviewSchema.safeParse({ clauses: [{ clause: '10.5' }] });
    expect(both.success).toBe(false);
    expect(neither.success).toBe(false);
    expect(neither.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'clauses.0.claims: A review entry lists the claims its clause gives ("claims: [...]"), or says "none: true" when it gives none; not both, and not neither.',
    ]);
    expect(reviewSchema.safeParse({ reviewed: '2 December 2026', clauses: [] }).error?.issues[0]?.message).toBe(
      'Expected a date written YYYY-MM-DD, e.g. 2026-11-30.',
    );
  });
  it('a complete entry parses, with its note and findings', () => {
    const parsed = reviewSchema.parse({
      reviewer: 'Monitoring officer',
      reviewed: '2026-12-02',
      clauses: [{ clause: '5.3', claims: ['compare:scrutiny:kent'], note: 'A recommendation.', findings: [{ claim: 'compare:scrutiny:kent', finding: 'status: recommended' }] }],
    });
    expect(parsed.clauses[0]?.findings).toHaveLength(1);
  });
});

describe('reviews checked against the claims', () => {
  it('a review that matches the claims has no errors; a clause with no entry is a review under way, not an error', () => {
    expect(validateReviews([review()], documents, claims)).toEqual([]);
  });

  it('Kent partnership agreement: an entry for clause 10.9, which does not exist', () => {
    const r = review();
    r.clauses.push({ clause: '10.9', claims: [], none: true, findings: [] });
    expect(validateReviews([r], documents, claims)).toMatchInlineSnapshot(`
      [
        "content/reviews/kent/partnership-agreement-2008.yaml: clauses[4] names clause 10.9, which kent/partnership-agreement-2008 does not have (clauses near it: 10, 10.1, 10.2).",
      ]
    `);
  });

  it('a claim id the site does not make, with the likely one', () => {
    const r = review();
    r.clauses[1]!.claims = ['body:kent-kct-board:meet'];
    expect(validateReviews([r], documents, claims)).toMatchInlineSnapshot(`
      [
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10.1 lists claim "body:kent-kct-board:meet", which the site does not make (did you mean "body:kent-kct-board:meets"?). Claim ids are computed from the content (src/lib/claim-register.ts); the document's provenance page lists them.",
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10.1 does not list claim "body:kent-kct-board:meets" (body-fact: Kent Children’s Trust County Board: how often it meets), which cites it. Check the claim against the clause's words and add it to "claims" (with a finding if it says more than they do).",
      ]
    `);
  });

  it('a claim listed under a clause it does not cite', () => {
    const r = review();
    r.clauses[1]!.claims.push('body:kent-kct-board:chair');
    expect(validateReviews([r], documents, claims)).toMatchInlineSnapshot(`
      [
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10.1 lists claim "body:kent-kct-board:chair", which does not cite clause 10.1 of kent/partnership-agreement-2008 (it cites 10.2). List it under the clauses it cites.",
      ]
    `);
  });

  it('a new claim on a reviewed clause must be reviewed (10.4 does not list a new quorum seat)', () => {
    const more = [...claims, { id: 'rule:kent-quorum:seat:kcc', kind: 'rule-parameter', says: 'Seat “KCC”, filled by KCC', cites: [{ document: DOC, clause: '10.4' }] }];
    expect(validateReviews([review()], documents, more)).toMatchInlineSnapshot(`
      [
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10.4 does not list claim "rule:kent-quorum:seat:kcc" (rule-parameter: Seat “KCC”, filled by KCC), which cites it. Check the claim against the clause's words and add it to "claims" (with a finding if it says more than they do).",
      ]
    `);
  });

  it('a clause said to give nothing that gives a claim', () => {
    const more = [...claims, { id: 'body:kent-kct-board:summary', kind: 'body-fact', says: 'The Trust itself', cites: [{ document: DOC, clause: '10' }] }];
    expect(validateReviews([review()], documents, more)).toMatchInlineSnapshot(`
      [
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10 says "none: true", but the site derives 1 claim from it: "body:kent-kct-board:summary" (body-fact: The Trust itself). Check it against the clause's words and list it under "claims".",
      ]
    `);
  });

  it('a clause reviewed twice, and a finding about a claim the entry does not list', () => {
    const r = review();
    r.clauses.push({ clause: '10.1', claims: ['body:kent-kct-board:meets'], findings: [{ claim: 'rule:kent-quorum:rule' }] });
    expect(validateReviews([r], documents, claims)).toMatchInlineSnapshot(`
      [
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10.1 has a finding about claim "rule:kent-quorum:rule", which is not among its claims. List the claim, or name one that is.",
        "content/reviews/kent/partnership-agreement-2008.yaml: clause 10.1 has 2 entries (clauses[1], clauses[4]). Review each clause once.",
      ]
    `);
  });

  it('a review of a document that does not exist', () => {
    expect(validateReviews([{ ...review(), file: 'content/reviews/kent/partnership-agreement-2009.yaml', document: 'kent/partnership-agreement-2009' }], documents, claims))
      .toMatchInlineSnapshot(`
        [
          "content/reviews/kent/partnership-agreement-2009.yaml: reviews document "kent/partnership-agreement-2009", which does not exist (known documents: kent/partnership-agreement-2008). Name the file after the document it reviews: content/reviews/<trust>/<document>.yaml.",
        ]
      `);
  });

  it('claims about the whole document: once listed, every one must be', () => {
    const harrow = { id: 'harrow/scrutiny-report-2009', clauses: ['1.0'] };
    const file = 'content/reviews/harrow/scrutiny-report-2009.yaml';
    const base = { file, document: harrow.id, clauses: [] };
    expect(validateReviews([base], [...documents, harrow], claims)).toEqual([]);
    expect(validateReviews([{ ...base, silences: { claims: [], findings: [] } }], [...documents, harrow], claims)).toMatchInlineSnapshot(`
      [
        "content/reviews/harrow/scrutiny-report-2009.yaml: silences does not list claim "compare:scrutiny:harrow" (comparison-cell: Scrutiny, Harrow: not stated), a claim about the whole document. Check it and add it to "silences.claims".",
      ]
    `);
    expect(validateReviews([{ ...base, silences: { claims: ['compare:scrutiny:harrow', 'rule:kent-quorum:rule'], findings: [] } }], [...documents, harrow], claims))
      .toMatchInlineSnapshot(`
        [
          "content/reviews/harrow/scrutiny-report-2009.yaml: silences lists claim "rule:kent-quorum:rule", which is not a claim about the whole of harrow/scrutiny-report-2009. List it under the clauses it cites.",
        ]
      `);
  });
});
