import { z } from 'astro/zod';

/**
 * The clause-by-clause review of one document: for each clause, the claims the site derives from
 * it (src/lib/claim-register.ts), checked against its words, or that it gives none. File:
 * content/reviews/<trust>/<document>.yaml, named after the document it reviews
 * (content/docs/<trust>/<document>.mdx). The build fails when an entry names a clause or a claim
 * that does not exist, or leaves out a claim that cites its clause; `npm run verify` lists the
 * clauses not yet reviewed.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD, e.g. 2026-11-30.');

/** A claim that says more (or other) than its words, or something the words give that the site does not show. */
export const findingSchema = z.object({
  /** The claim the finding is about; omitted for a finding about the clause itself (a duty left unmarked). */
  claim: z.string().min(1).optional(),
  /** What is wrong, starting with its kind: "overstates: …", "status: …", "scope: …", "subject: …", "citation: …", "unmarked: …". */
  finding: z.string().min(1),
});

export const reviewEntrySchema = z
  .object({
    /** The clause id, as in the page address (`10.4`, `9.5(e)`, `paa-9`, `action-4.1`). */
    clause: z.string().min(1),
    /** Ids of the claims the site derives from this clause, each checked against its words. */
    claims: z.array(z.string().min(1)).default([]),
    /** True when the clause was reviewed and the site derives nothing from it. */
    none: z.literal(true).optional(),
    /** Why a judgement call went the way it did. */
    note: z.string().min(1).optional(),
    /** Claims that say more than the words (each naming its claim), or words the site does not use. */
    findings: z.array(findingSchema).default([]),
    /** Who reviewed this clause, where it is not the file's reviewer. */
    reviewer: z.string().min(1).optional(),
    /** When, where it is not the file's date. */
    reviewed: date.optional(),
  })
  .refine((e) => (e.none === true) !== e.claims.length > 0, {
    message: 'A review entry lists the claims its clause gives ("claims: [...]"), or says "none: true" when it gives none; not both, and not neither.',
    path: ['claims'],
  });

export const reviewSchema = z.object({
  /** Who reviewed the document (a name or a post). */
  reviewer: z.string().min(1).optional(),
  /** When the review was made or last checked. */
  reviewed: date.optional(),
  /**
   * Claims about the document as a whole that cite no clause: that it does not state something,
   * where it has no words near it to quote. Omitted until they are reviewed.
   */
  silences: z
    .object({
      claims: z.array(z.string().min(1)).default([]),
      note: z.string().min(1).optional(),
      findings: z.array(findingSchema).default([]),
    })
    .optional(),
  /** One entry per clause, in any order; each clause once. */
  clauses: z.array(reviewEntrySchema).default([]),
});

export type Review = z.infer<typeof reviewSchema>;
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export type Finding = z.infer<typeof findingSchema>;
