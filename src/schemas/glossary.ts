import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** An acronym used in the documents. Files: content/glossary/*.yaml, each a list of these. */
export const glossarySchema = z
  .object({
  /** The acronym exactly as printed, e.g. `PCT`, `C&YP`. */
  term: z.string().min(1).regex(/^\S+$/, 'A glossary term is a single acronym without spaces.'),
  /** What it stands for; null where no document says and the site will not guess. */
  expansion: z.string().min(1).nullable(),
  /**
   * Whether a document spells it out. When false, the expansion is the usual one for the period
   * and the page says that no document expands it.
   */
  expandedInSource: z.boolean(),
  /** Where it is spelled out or first used. */
  citation: citationSchema.optional(),
  /** A note on doubts: a likely misprint, an unclear reference. */
  note: z.string().optional(),
  })
  .refine((entry) => !entry.expandedInSource || (entry.expansion !== null && entry.citation !== undefined), {
    message: 'A term marked expandedInSource: true needs its "expansion" and the "citation" of the clause that spells it out.',
    path: ['citation'],
  })
  .refine((entry) => entry.expansion !== null || entry.note !== undefined, {
    message: 'A term with expansion: null needs a "note" saying why it cannot be expanded.',
    path: ['note'],
  });

export type GlossaryEntry = z.infer<typeof glossarySchema>;
