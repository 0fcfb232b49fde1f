/**
 * The clause-by-clause reviews of a project folder, read from disk for `npm run verify`: each
 * source document's clauses (its own and the actions of any plan printed in it), its review file
 * (content/reviews/<trust>/<document>.yaml) and how far the review has got. Works on any project
 * folder, without Astro. The build makes the full check of reviews against claims (src/lib/validate.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clausesInMdx } from '../lib/clauses.ts';
import { reviewCoverage, type Coverage } from '../lib/reviews.ts';
import { reviewSchema, type Review } from '../schemas/review.ts';
import type { SourceDocument } from './sources.ts';

export interface DocumentReviewCheck {
  document: string;
  /** The review file, relative to the project, whether or not it exists. */
  file: string;
  exists: boolean;
  coverage: Coverage;
  /** What stopped the check (a review file that does not match its schema). */
  problems: string[];
}

/** Plan actions printed in each document, as clause ids (`action-4.1`), from content/plans/. */
function planActions(root: string): Map<string, string[]> {
  const dir = join(root, 'content/plans');
  const out = new Map<string, string[]>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))) {
    const plan = parse(readFileSync(join(dir, name), 'utf8')) as { document?: string; proposals?: { actions?: { number?: string }[] }[] } | null;
    if (!plan?.document) continue;
    const ids = (plan.proposals ?? []).flatMap((p) => (p.actions ?? []).map((a) => `action-${a.number}`));
    out.set(plan.document, [...(out.get(plan.document) ?? []), ...ids]);
  }
  return out;
}

/** Each document's review, read and measured. */
export function checkReviews(root: string, documents: readonly SourceDocument[]): DocumentReviewCheck[] {
  const actions = planActions(root);
  return documents.map((doc) => {
    const clauses = [...clausesInMdx(readFileSync(join(root, doc.file), 'utf8')).map((c) => c.id), ...(actions.get(doc.id) ?? [])];
    const file = `content/reviews/${doc.id}.yaml`;
    const problems: string[] = [];
    let review: Review | undefined;
    if (existsSync(join(root, file))) {
      const result = reviewSchema.safeParse(parse(readFileSync(join(root, file), 'utf8')) ?? {});
      if (result.success) review = result.data;
      else problems.push(...result.error.issues.map((i) => `${file}: field "${i.path.join('.') || '(top level)'}": ${i.message}`));
    }
    return { document: doc.id, file, exists: review !== undefined, coverage: reviewCoverage(clauses, review), problems };
  });
}
