/**
 * How far the clause-by-clause review of a document has got. Pure, with no imports, so that
 * `npm run verify` (plain Node) and the pages share it. The checks that fail the build when a
 * review names a clause or claim that does not exist are in validate.ts (`validateReviews`).
 */

/** The parts of a review (src/schemas/review.ts) that coverage needs. */
export interface ReviewShape {
  clauses: readonly { clause: string; findings?: readonly unknown[] }[];
  silences?: { findings?: readonly unknown[] } | undefined;
}

export interface Coverage {
  /** Clauses the document has (its own and any plan actions printed in it). */
  total: number;
  /** Clauses with a review entry. */
  reviewed: number;
  /** Clauses with no entry yet, in page order. */
  unreviewed: string[];
  /** Whole per cent reviewed, rounded down, so 99.6% never reads as 100%. */
  percent: number;
  /** Claims about the whole document (silences) that await review: the count, or 0 once reviewed. */
  silencesUnreviewed: number;
  /** Findings recorded: claims that say more than their words, words left unused. */
  findings: number;
  /** Every clause reviewed, and the silences too. */
  complete: boolean;
}

/**
 * Coverage of a document's review. `clauses` are its clause ids in page order; `review` its review
 * file (undefined when there is none); `silences` how many claims about the whole document the site
 * makes (they need the review's `silences` section).
 */
export function reviewCoverage(clauses: readonly string[], review: ReviewShape | undefined, silences = 0): Coverage {
  const entries = new Set((review?.clauses ?? []).map((e) => e.clause));
  const unreviewed = clauses.filter((c) => !entries.has(c));
  const total = clauses.length;
  const reviewed = total - unreviewed.length;
  const silencesUnreviewed = silences > 0 && !review?.silences ? silences : 0;
  const findings =
    (review?.clauses ?? []).reduce((n, e) => n + (e.findings?.length ?? 0), 0) + (review?.silences?.findings?.length ?? 0);
  return {
    total,
    reviewed,
    unreviewed,
    percent: total === 0 ? 100 : Math.floor((reviewed / total) * 100),
    silencesUnreviewed,
    findings,
    complete: unreviewed.length === 0 && silencesUnreviewed === 0,
  };
}

/** "Review under way: 12 of 40 clauses reviewed", or undefined when the review is complete. */
export function reviewNotice(coverage: Coverage): string | undefined {
  if (coverage.complete) return undefined;
  const silences = coverage.silencesUnreviewed > 0 ? `; ${coverage.silencesUnreviewed} claim${coverage.silencesUnreviewed === 1 ? '' : 's'} about the whole document not yet reviewed` : '';
  return `Review under way: ${coverage.reviewed} of ${coverage.total} clauses reviewed${silences}`;
}

/** Where the provenance page of a document is: `/kent/partnership-agreement-2008/provenance/`. */
export const provenanceHref = (document: string) => `/${document}/provenance/`;
