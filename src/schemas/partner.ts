import { z } from 'astro/zod';
import { citationSchema } from './citation';

export const sectors = [
  'local-government',
  'health',
  'police-and-justice',
  'education-and-skills',
  'voluntary-and-community',
  'employment',
  'partnership',
  'role',
  'children-young-people-and-families',
] as const;

/** How each sector is headed on the partners page. */
export const sectorLabels: Record<(typeof sectors)[number], string> = {
  'local-government': 'Local government',
  health: 'Health',
  'police-and-justice': 'Police and justice',
  'education-and-skills': 'Education and skills',
  employment: 'Employment',
  'voluntary-and-community': 'Voluntary and community sector',
  'children-young-people-and-families': 'Children, young people and families',
  partnership: 'Partnerships and every partner',
  role: 'Roles',
};

const trustIds = z.array(z.string()).default([]);

/**
 * A partner organisation or a role named in the documents: the police, the primary care trusts, the
 * Chair, the Lead Member... One entry covers every trust: Kent Police, Durham Constabulary and
 * Harrow's Borough Commander are all names of `police`. File: content/partners/<id>.yaml.
 */
export const partnerSchema = z.object({
  /** Short id, e.g. `police`. It is the partner's address (`/partners/police/`) and what `<Duty partners>` names. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Expected a lower-case id like "police".'),
  /** Canonical name, used as the page title and the search filter value. */
  name: z.string().min(1),
  /**
   * `organisation` (an agency or sector), `role` (a post held by a person), or `collective`
   * ("every partner", the partners all at once).
   */
  kind: z.enum(['organisation', 'role', 'collective']),
  /** Sector, for grouping and search filters. */
  sector: z.enum(sectors),
  /** Trusts whose documents name it. Duties for every partner in these trusts apply to it. */
  trusts: trustIds,
  /** One sentence on who this is, where the name alone does not say. */
  summary: z.string().min(1).optional(),
  /**
   * Whom a duty given to this partner reaches besides itself. `itself` (the default): no one.
   * `every-partner`: every partner organisation of the duty's trust ("Partners agree…"). `listed`:
   * the organisations this file lists under `members` for the duty's trust, from the documents'
   * own words (the statutory, or relevant, partners). `board-members`: the organisations that the
   * bodies data lists as members of the trust's principal board (content/bodies/, `principal:
   * true`), for duties the words give to the board's members. Where a trust's documents do not
   * list them, the duty reaches no organisation's page; the collective's page says so.
   */
  reaches: z.enum(['itself', 'every-partner', 'listed', 'board-members']).default('itself'),
  /**
   * For `reaches: listed`: who the collective is, trust by trust, only as a document lists them.
   * Each entry quotes the words that introduce the list (`citation`, `words`) and, for each
   * partner, the words that name it in that clause.
   */
  members: z
    .array(
      z.object({
        /** The trust whose documents list them. */
        trust: z.string().min(1),
        /** The clause that lists them, and the words that say what the list is. */
        citation: citationSchema,
        words: z.string().min(1),
        /**
         * Start of the period the list applies to (YYYY-MM or YYYY-MM-DD), where the words give one
         * ("from January 2010"): duties in documents issued before it do not reach these members.
         */
        from: z
          .string()
          .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Expected "from" as YYYY-MM or YYYY-MM-DD, e.g. 2010-01.')
          .optional(),
        /** Each partner the clause names, with the words that name it, as printed. */
        partners: z.array(z.object({ partner: z.string().min(1), words: z.string().min(1) })).min(1),
      }),
    )
    .default([]),
  /**
   * For a collective whose members a trust's documents do not list: the trust, and the nearest
   * words they have, quoted. The collective's page shows them beside "the documents do not list them".
   */
  unlisted: z
    .array(z.object({ trust: z.string().min(1), nearest: z.object({ citation: citationSchema, words: z.string().min(1) }) }))
    .default([]),
  /**
   * True for an organisation the documents name that is not itself a partner of the trust, such as
   * the Local Safeguarding Children Board, which holds the trust to account. Duties given to every
   * partner do not fall on it.
   */
  outside: z.boolean().default(false),
  /**
   * Other names and acronyms the documents use for it, as printed, with the trusts whose documents
   * use each. They are shown on the partner page and indexed for search.
   */
  aliases: z
    .array(z.union([z.string().min(1), z.object({ name: z.string().min(1), trusts: trustIds })]))
    .default([])
    .transform((list) => list.map((a) => (typeof a === 'string' ? { name: a, trusts: [] as string[] } : a))),
  /** Its statutory footing, only where a document states it, with the words quoted. */
  statutory: z
    .array(
      z.object({
        /** The footing in plain words, e.g. "Children Act 2004, section 10: a relevant partner". */
        basis: z.string().min(1),
        /** Where a document says so; the words must occur in that clause. */
        quote: z.object({ citation: citationSchema, words: z.string().min(1) }),
      }),
    )
    .default([]),
}).superRefine((partner, ctx) => {
  if (partner.reaches !== 'listed') {
    for (const field of ['members', 'unlisted'] as const) {
      if (partner[field].length > 0) {
        ctx.addIssue({ code: 'custom', path: [field], message: `"${field}" is only for a collective with reaches: listed; this partner has reaches: ${partner.reaches}.` });
      }
    }
    return;
  }
  // A listed collective says, for each of its trusts, who its members are or that the documents do not list them.
  for (const trust of partner.trusts) {
    if (!partner.members.some((m) => m.trust === trust) && !partner.unlisted.some((u) => u.trust === trust)) {
      ctx.addIssue({
        code: 'custom',
        path: ['members'],
        message: `Collective "${partner.id}" (reaches: listed) names trust "${trust}" but neither lists its members there nor says under "unlisted" that the documents do not list them (with the nearest words).`,
      });
    }
  }
});

export type Partner = z.infer<typeof partnerSchema>;
