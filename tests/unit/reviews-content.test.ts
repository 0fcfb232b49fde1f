/**
 * The clause-by-clause reviews in content/reviews/, without a build: each file parses and reviews a
 * document that exists, each entry names a clause of it, and the claims it lists agree with the
 * claims the content gives (every kind but the comparison's cells, which need the whole site: the
 * build checks those). The documents seeded with the site are held at 100%: every clause has an
 * entry. A document imported later may be published while its review is under way.
 */
import { describe, expect, it } from 'vitest';
import { deriveClaims } from '../../src/lib/claim-register';
import { reviewCoverage } from '../../src/lib/reviews';
import { bodies, briefings, clausesOf, documents, duties, glossary, partnerInfos, partners, plans, reviews, rules, SEEDED_DOCUMENTS, some, trusts } from '../content';
import { briefingReferences } from '../../src/lib/briefings';

/**
 * The pages the site was seeded with: six pages over the five source documents (the 2010 Cabinet
 * report's source also holds the 2009 review). Each was reviewed clause by clause.
 */
const SEEDED = SEEDED_DOCUMENTS;

// Every claim but the comparison's cells (those are computed from the whole site at build).
const claims = deriveClaims({
  trusts: trusts().map((t) => ({ id: t.id, name: t.name, file: t.file, established: t.established })),
  bodies: bodies(),
  duties: duties(),
  documentFiles: Object.fromEntries(documents().map((d) => [d.id, d.file])),
  partners: partners().map((p) => ({ ...partnerInfos().find((i) => i.id === p.id)!, file: p.file, statutory: p.statutory })),
  rules: rules().map((r) => ({ ...r, file: `content/rules/${r.id}.yaml` })),
  compare: [],
  plans: plans(),
  glossary: glossary(),
  briefings: briefings().map((b) => ({ id: b.id, title: b.data.title, embeds: briefingReferences(b.body).embeds.map((e) => e.id) })),
});
const byId = new Map(claims.map((c) => [c.id, c]));
const isCell = (id: string) => id.startsWith('compare:');

describe('the seeded documents', () => {
  it.each(SEEDED)('%s: every clause reviewed (100%%)', (id) => {
    expect(documents().map((d) => d.id)).toContain(id);
    const review = reviews().find((r) => r.document === id);
    expect(review, `content/reviews/${id}.yaml`).toBeDefined();
    const coverage = reviewCoverage(clausesOf(id), review!.data);
    expect(coverage.unreviewed).toEqual([]);
    expect(coverage.percent).toBe(100);
  });
});

describe.each(some(reviews(), 'review').map((r) => [r.file, r] as const))('%s', (file, review) => {
  const clauses = clausesOf(review.document);

  it('reviews a document that exists, clauses it has, each once', () => {
    expect(documents().map((d) => d.id)).toContain(review.document);
    const named = review.data.clauses.map((e) => e.clause);
    expect(named.filter((c) => !clauses.includes(c))).toEqual([]);
    expect(named.filter((c, i) => named.indexOf(c) !== i)).toEqual([]);
  });

  it('lists, for each clause, the claims that cite it and only those', () => {
    const problems: string[] = [];
    for (const entry of review.data.clauses) {
      const citing = claims.filter((c) => c.cites.some((x) => x.document === review.document && x.clause === entry.clause)).map((c) => c.id);
      for (const id of entry.claims.filter((i) => !isCell(i))) {
        if (!byId.has(id)) problems.push(`${file}: ${entry.clause} lists ${id}, which the content does not give`);
        else if (!citing.includes(id)) problems.push(`${file}: ${entry.clause} lists ${id}, which does not cite it`);
      }
      for (const id of citing.filter((i) => !entry.claims.includes(i))) problems.push(`${file}: ${entry.clause} leaves out ${id}`);
      for (const f of entry.findings) if (f.claim && !entry.claims.includes(f.claim)) problems.push(`${file}: ${entry.clause} has a finding on ${f.claim}, not listed`);
    }
    expect(problems).toEqual([]);
  });
});
