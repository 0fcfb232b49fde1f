import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { CLAIM_STATUSES } from '../lib/claims';

/**
 * A claim is something the site derives from a document's words: a line of a structure diagram, a
 * board's chair, a seat on a board. It quotes the words it rests on and records what they say about
 * it, so that it is shown as the words give it and never says more. The build checks (src/lib/claims.ts):
 * the words occur in the clause cited; a status other than in force is evident from the claim's words
 * or its `statusWords`; an in-force claim in a clause that reads as a proposal or a recommendation
 * quotes the words that show it in force; `subject`, `object` and `scope` are words of the clause.
 */

/** Words of a document, as printed, and the clause they are in. The build checks they occur there. */
export const quoteSchema = z.object({ citation: citationSchema, words: z.string().min(1) });

const statuses = CLAIM_STATUSES.map((s) => `"${s}"`).join(', ');

/**
 * Whether the words state the claim in force, or only propose it (a review's proposals, an emerging
 * structure), recommend it (a recommendation to Cabinet the documents do not record a decision on),
 * or hope for it. What each needs is in `STATUS_MEANINGS` (src/lib/claims.ts).
 */
export const claimStatusSchema = z.enum(CLAIM_STATUSES, {
  error: (issue) =>
    issue.input === undefined
      ? `Give "status": one of ${statuses}, as the words state it (the Kent 2007 scrutiny lines are "recommended": Cabinet was asked to agree them).`
      : `Expected "status" to be one of ${statuses}, not "${String(issue.input)}".`,
});

/** The fields every claim carries besides its quote. */
export const claimFields = {
  /**
   * Words that show the status, where the claim's own words do not: the clause it hangs from ("Cabinet
   * are asked to:"), the heading of an emerging structure. For an in-force claim in words that read as
   * a proposal, the words that show it in force ("has been put in place").
   */
  statusWords: quoteSchema.optional(),
  /** Words of the clause that limit the claim ("for performance in relation to those targets included within the CYP block"). */
  scope: z.string().min(1).optional(),
  /**
   * The subject as the words name it, where that is not the body the claim belongs to ("the Children's
   * Trust", not its Executive Board; "The Chairs of the Delivery Groups", not the groups). Words of the clause.
   */
  subject: z.string().min(1).optional(),
};

/**
 * A fact about a body quoted from a document (its chair, meetings, scrutiny…). Without `status` it
 * takes the status of its body (in force unless the body is only proposed).
 */
export const factSchema = quoteSchema.extend({ status: claimStatusSchema.optional(), ...claimFields });

export type Quote = z.infer<typeof quoteSchema>;
export type Fact = z.infer<typeof factSchema>;
