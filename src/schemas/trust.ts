import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** A children's trust: the partnership whose documents the site holds. File: content/trusts/<id>.yaml. */
export const trustSchema = z.object({
  /** Short id used in addresses: `/kent/`. Lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Expected a lower-case id like "kent".'),
  /** Name as the documents use it, e.g. "Kent Children's Trust". */
  name: z.string().min(1),
  /** The children's services authority that leads the trust. */
  authority: z.string().min(1),
  /** The area the trust covers. */
  area: z.string().min(1),
  /** When it was established, as a document states it, with the citation; omit if no document says. */
  established: z.object({ printed: z.string().min(1), citation: citationSchema }).optional(),
  /** Two or three plain sentences describing the trust, drawn from its documents. */
  summary: z.string().min(1),
});

export type Trust = z.infer<typeof trustSchema>;
