/**
 * The claims the site makes and the clause-by-clause reviews of the documents, loaded once per
 * build and checked: a review that names a clause or a claim that does not exist, or a clause
 * entry that leaves out a claim citing it, fails the build with the file, the clause and what was
 * expected (lib/validate.ts). Clauses with no entry are a review under way, shown on the document's
 * page and listed by `npm run verify`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveClaims, type Claim } from '~/lib/claim-register';
import { reviewCoverage, type Coverage } from '~/lib/reviews';
import { validateReviews } from '~/lib/validate';
import { briefingReferences } from '~/lib/briefings';
import { partnerInfo } from './partners';
import { comparison } from './compare';
import { getSite } from './site';

export type ReviewEntry = CollectionEntry<'reviews'>;

export interface DocumentReview {
  document: string;
  /** The review file, where there is one. */
  file?: string | undefined;
  review?: ReviewEntry['data'] | undefined;
  /** Clause ids in page order. */
  clauses: string[];
  coverage: Coverage;
}

export interface Provenance {
  claims: Claim[];
  /** Each source document's review, by document id. */
  reviews: Map<string, DocumentReview>;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) => entry.filePath ?? `${fallback}/${entry.id}`;

let loading: Promise<Provenance> | undefined;

async function load(): Promise<Provenance> {
  const site = await getSite();
  const [entries, { rows }] = await Promise.all([getCollection('reviews'), comparison()]);
  const claims = deriveClaims({
    trusts: site.trusts.map((t) => ({ id: t.data.id, name: t.data.name, file: fileOf(t, 'content/trusts'), established: t.data.established })),
    bodies: site.bodies.map((b) => ({ ...b.data, file: fileOf(b, 'content/bodies') })),
    duties: site.duties,
    documentFiles: Object.fromEntries(site.documents.map((d) => [d.id, fileOf(d, 'content/docs')])),
    partners: site.partners.map((p) => ({ ...partnerInfo(p), file: fileOf(p, 'content/partners'), statutory: p.data.statutory })),
    rules: site.rules.map((r) => ({ ...r, file: `content/rules/${r.id}.yaml` })),
    compare: rows,
    plans: site.plans.map((p) => ({ ...p.data, file: fileOf(p, 'content/plans') })),
    glossary: site.glossary.map((g) => ({ ...g.data, file: fileOf(g, 'content/glossary') })),
    briefings: site.briefings.map((b) => ({ id: b.id, title: b.data.title, embeds: briefingReferences(b.body ?? '').embeds.map((e) => e.id) })),
  });
  const documents = site.documents.filter((d) => d.data.source).map((d) => ({ id: d.id, clauses: (site.clauses.get(d.id) ?? []).map((c) => c.id) }));
  const errors = validateReviews(
    entries.map((e) => ({ file: fileOf(e, 'content/reviews'), document: e.id, clauses: e.data.clauses, silences: e.data.silences })),
    // Every document's clauses, so that a review of a page without a source is still checked.
    site.documents.map((d) => ({ id: d.id, clauses: (site.clauses.get(d.id) ?? []).map((c) => c.id) })),
    claims,
  );
  if (errors.length > 0) {
    throw new Error(`The clause reviews have ${errors.length} problem(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  const reviews = new Map<string, DocumentReview>();
  for (const doc of documents) {
    const entry = entries.find((e) => e.id === doc.id);
    const silences = claims.filter((c) => c.cites.length === 0 && c.silence === doc.id).length;
    reviews.set(doc.id, {
      document: doc.id,
      file: entry && fileOf(entry, 'content/reviews'),
      review: entry?.data,
      clauses: doc.clauses,
      coverage: reviewCoverage(doc.clauses, entry?.data, silences),
    });
  }
  return { claims, reviews };
}

/** The claims and reviews, checked. Throws (failing the build) when a review does not match the claims. */
export function getProvenance(): Promise<Provenance> {
  loading ??= load();
  return loading;
}
