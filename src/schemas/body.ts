import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { claimFields, claimStatusSchema, factSchema, quoteSchema } from './claim';
import { LINE_KINDS, LINE_KIND_MEANINGS } from '../lib/structure';

export { quoteSchema };

/**
 * Kinds of body. `trust` is the children's trust as a whole where a document names it apart from its
 * boards ("The Children's Trust comprises an Executive Board and 5 Local Children's Boards");
 * `authority` is the local authority as Children's Services Authority, where a document places
 * accountability or membership with it.
 */
export const bodyKinds = ['board', 'executive', 'local-board', 'partnership', 'scrutiny', 'external', 'working-group', 'trust', 'authority'] as const;

/**
 * Kinds of line between two bodies, as a structure diagram draws them, from the body whose file has
 * the line (A) to the body it names (B). The quoted words must state exactly that relationship; the
 * build fails when they lack the words the kind needs. Add a kind the documents need rather than
 * forcing a near one. What the words must state, kind by kind (`LINE_KIND_MEANINGS`):
 *
 * - `accountable-to`: A is accountable (answerable) to B.
 * - `accountable-for`: accountability for B rests with A (the Children's Services Authority).
 * - `reports-to`: A reports to B, one way.
 * - `reports-to-and-from`: reporting runs both ways between A and B.
 * - `part-of`: A is a sub-group or component of B ("sub-group of", "comprises"); not membership,
 *   support or reporting.
 * - `member-of`: A is a member of B.
 * - `holds-to-account`: A holds B to account.
 * - `scrutinises`: A has a scrutiny role over B or its work.
 * - `commissions`: A commissions B.
 * - `replaces`: A replaces B.
 * - `supports`: A is there to support B or its work.
 * - `works-within`: A works within a framework or direction B sets.
 * - `executive-for`: A carries out executive functions for B (its agenda, decisions between meetings).
 * - `reporting-managed-by`: A's reporting is managed by B.
 * - `links-with`: the words name a link or interface and nothing stronger.
 */
export const lineKinds = LINE_KINDS;
export const lineKindMeanings = LINE_KIND_MEANINGS;

const kinds = LINE_KINDS.join(', ');

/** A line from this body to another: a claim, with the words that state it, its status and scope. */
export const lineSchema = z.object({
  /** Id of the body the line goes to. */
  to: z.string(),
  /** The relationship the words state (see `lineKinds`). */
  kind: z.enum(LINE_KINDS, {
    error: (issue) =>
      `Expected "kind" to be one of the line kinds (${kinds}), not "${String(issue.input)}". Each kind needs words that state it; see src/schemas/body.ts.`,
  }),
  /** The words that state the relationship, and their clause. */
  quote: quoteSchema,
  /** In force, or only proposed, recommended or hoped for: required on every line. Not in force is drawn dashed and labelled. */
  status: claimStatusSchema,
  ...claimFields,
  /** The body the line goes to as the words name it, where that is not its name ("the work of Kent Children's Trust"). */
  object: z.string().min(1).optional(),
});

/** A board, group or partnership in a trust's structure. File: content/bodies/<trust>/<id>.yaml. */
export const bodySchema = z.object({
  /** Short id, unique across trusts, e.g. `kent-kct-board`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Expected a lower-case id like "kent-kct-board".'),
  /** Trust id this body belongs to. */
  trust: z.string(),
  /** Name as the documents print it. */
  name: z.string().min(1),
  /** A short name for diagrams, e.g. "KCT Board". Defaults to `name`. */
  short: z.string().min(1).optional(),
  /** What kind of body it is. */
  kind: z.enum(bodyKinds),
  /** True for the trust's own governing board (the one the comparison page compares). One per trust. */
  principal: z.boolean().default(false),
  /**
   * Whether the body exists as the documents describe it, or is only proposed (Kent's 12 LCT Boards,
   * Harrow's new Children's Trust Board). Its facts take this status unless they give their own; a
   * line to or from a body not in force cannot be in force.
   */
  status: claimStatusSchema.default('in-force'),
  /** Words that show the body's status (required when it is not in force and its facts' words do not show it). */
  statusWords: quoteSchema.optional(),
  /** How many there are, where it is a set of bodies ("5 Local Children's Boards"), as printed. */
  number: factSchema.optional(),
  /**
   * One or two sentences on its role, quoting or closely following the cited clauses and saying no
   * more than they do: "is to", "will", "would" and "proposed" as the words have them.
   */
  summary: z.string().min(1),
  /**
   * No longer read: to whom a body is accountable is an `accountable-to` line, with the words that
   * state it, its scope and its status. A file that still has the field fails with that message,
   * rather than having the relationship dropped without a word.
   */
  accountableTo: z
    .unknown()
    .refine((v) => v === undefined, { message: 'Field "accountableTo" is no longer read: give each body it is accountable to as a line of kind "accountable-to" under "lines", with the words that state it.' })
    .optional(),
  /** Lines from this body to others, each with the words that state it, its status and its scope. */
  lines: z.array(lineSchema).default([]),
  /** Who chairs it, in the document's words, where a document says. */
  chair: factSchema.optional(),
  /** Who deputises for the chair, in the document's words, where a document says. */
  viceChair: factSchema.optional(),
  /** How often it meets, in the document's words, where a document says. */
  meets: factSchema.optional(),
  /** How it takes decisions, in the document's words, where a document says. */
  decisions: factSchema.optional(),
  /** How it is scrutinised, in the document's words, where a document says. */
  scrutiny: z.array(factSchema).default([]),
  /** When its arrangements are reviewed, in the document's words, where a document says. */
  review: factSchema.optional(),
  /**
   * Members where a document lists them: partner id, role as printed (the words must be in
   * `membersCitation`, or in the member's own `citation`), and how many seats. A member the words only
   * propose or hope for gives its `status` and `statusWords` ("We also aspire to having young people represented").
   */
  members: z
    .array(
      z.object({
        partner: z.string(),
        role: z.string().min(1),
        /** The clause that prints this member, where it is not `membersCitation`. */
        citation: citationSchema.optional(),
        status: claimStatusSchema.optional(),
        statusWords: quoteSchema.optional(),
        count: z
          .number({ error: 'Expected "count" as a whole number of seats, e.g. 1 (write the number, not "one").' })
          .int()
          .positive()
          .optional(),
      }),
    )
    .default([]),
  /**
   * Where a document does not state one of these facts but has words close to it, the nearest
   * words, so the comparison can quote them beside "not stated in this document".
   */
  notStated: z
    .array(z.object({ fact: z.enum(['members', 'chair', 'viceChair', 'meets', 'decisions', 'scrutiny', 'review']), nearest: quoteSchema }))
    .default([]),
  /** The clause that lists the members, where there is one. */
  membersCitation: citationSchema.optional(),
  /** Clauses the facts above come from. At least one. */
  citations: z.array(citationSchema).min(1, 'Every body must cite at least one clause it is described in.'),
});

export type Body = z.infer<typeof bodySchema>;
