import { z } from 'astro/zod';
import { citationSchema } from './citation';

export const bodyKinds = ['board', 'executive', 'local-board', 'partnership', 'scrutiny', 'external', 'working-group'] as const;

/** Words of a document, as printed, and the clause they are in. The build checks they occur there. */
export const quoteSchema = z.object({ citation: citationSchema, words: z.string().min(1) });

/**
 * Kinds of line between two bodies, as a structure diagram draws them. `accountable-to` and
 * `reports-to` point up the structure; `part-of` ties a sub-group to its parent; `holds-to-account`
 * is scrutiny from outside; `links-with` is any other working relationship the documents name.
 */
export const lineKinds = ['accountable-to', 'reports-to', 'part-of', 'holds-to-account', 'links-with'] as const;

/** How each kind of line is read aloud in the text version of a diagram. */
export const lineLabels: Record<(typeof lineKinds)[number], string> = {
  'accountable-to': 'is accountable to',
  'reports-to': 'reports to',
  'part-of': 'is part of',
  'holds-to-account': 'holds to account',
  'links-with': 'links with',
};

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
  /** How many there are, where it is a set of bodies ("5 Local Children's Boards"), as printed. */
  number: quoteSchema.optional(),
  /** One or two sentences on its role, quoting or closely following the cited clauses. */
  summary: z.string().min(1),
  /**
   * Ids of the bodies it is accountable to. Kept for short listings; every such line must also be
   * in `lines` with the words that state it.
   */
  accountableTo: z.array(z.string()).default([]),
  /** Lines from this body to others, each with the words that state it. */
  lines: z
    .array(z.object({ to: z.string(), kind: z.enum(lineKinds), quote: quoteSchema }))
    .default([]),
  /** Who chairs it, in the document's words, where a document says. */
  chair: quoteSchema.optional(),
  /** Who deputises for the chair, in the document's words, where a document says. */
  viceChair: quoteSchema.optional(),
  /** How often it meets, in the document's words, where a document says. */
  meets: quoteSchema.optional(),
  /** How it takes decisions, in the document's words, where a document says. */
  decisions: quoteSchema.optional(),
  /** How it is scrutinised, in the document's words, where a document says. */
  scrutiny: z.array(quoteSchema).default([]),
  /** When its arrangements are reviewed, in the document's words, where a document says. */
  review: quoteSchema.optional(),
  /** Members where a document lists them: partner id, role as printed, and how many seats. */
  members: z
    .array(
      z.object({
        partner: z.string(),
        role: z.string().min(1),
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
