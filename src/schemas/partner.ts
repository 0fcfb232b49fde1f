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
   * True for the collectives whose duties fall on every partner organisation of the trust: "every
   * partner" itself, and partner representatives (each agency's member of the board).
   */
  appliesToEveryPartner: z.boolean().default(false),
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
});

export type Partner = z.infer<typeof partnerSchema>;
