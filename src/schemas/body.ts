import { z } from 'astro/zod';
import { citationSchema } from './citation';

export const bodyKinds = ['board', 'executive', 'local-board', 'partnership', 'scrutiny', 'external', 'working-group'] as const;

/** A board, group or partnership in a trust's structure. File: content/bodies/<trust>/<id>.yaml. */
export const bodySchema = z.object({
  /** Short id, unique across trusts, e.g. `kent-kct-board`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Expected a lower-case id like "kent-kct-board".'),
  /** Trust id this body belongs to. */
  trust: z.string(),
  /** Name as the documents print it. */
  name: z.string().min(1),
  /** What kind of body it is. */
  kind: z.enum(bodyKinds),
  /** One or two sentences on its role, quoting or closely following the cited clauses. */
  summary: z.string().min(1),
  /** Ids of the bodies it is accountable to or reports to. */
  accountableTo: z.array(z.string()).default([]),
  /** Who chairs it, as printed, where a document says. */
  chair: z.string().optional(),
  /** How often it meets, as printed, where a document says. */
  meets: z.string().optional(),
  /** Members where a document lists them: partner id, role as printed, and how many seats. */
  members: z
    .array(z.object({ partner: z.string(), role: z.string().min(1), count: z.number().int().positive().optional() }))
    .default([]),
  /** Clauses the facts above come from. At least one. */
  citations: z.array(citationSchema).min(1, 'Every body must cite at least one clause it is described in.'),
});

export type Body = z.infer<typeof bodySchema>;
