import { z } from 'astro/zod';

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

/**
 * A partner organisation or a role named in the documents (Kent Police, the PCTs, the Chair...).
 * File: content/partners/<id>.yaml.
 */
export const partnerSchema = z.object({
  /** Short id, e.g. `kent-police`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Expected a lower-case id like "kent-police".'),
  /** Canonical name. */
  name: z.string().min(1),
  /** Whether it is an organisation or a role held by a person. */
  kind: z.enum(['organisation', 'role']),
  /** Other names and acronyms the documents use for it, as printed. */
  aliases: z.array(z.string()).default([]),
  /** Sector, for grouping and search filters. */
  sector: z.enum(sectors),
  /** Trusts whose documents name it; empty means it is a general (national) category. */
  trusts: z.array(z.string()).default([]),
});

export type Partner = z.infer<typeof partnerSchema>;
