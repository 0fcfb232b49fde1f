import { z } from 'astro/zod';

/** A clause of a document as printed in it. Checked at build: the clause must exist. */
export const citationSchema = z.object({
  /** Document id: `<trust>/<slug>`, e.g. `kent/partnership-agreement-2008`. */
  document: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Expected a document id like "kent/partnership-agreement-2008".'),
  /** Clause id as used in the page address, e.g. `10.4`, `9.5(e)`, `paa-9`. */
  clause: z.string().min(1),
});

export type Citation = z.infer<typeof citationSchema>;
