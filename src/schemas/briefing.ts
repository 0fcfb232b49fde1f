import { z } from 'astro/zod';

/**
 * A briefing: a report among the documents, set out for a paper or a meeting, with live tools and
 * diagrams beside its words. The words come from the document itself (`<Source>`), so they stay
 * verbatim and single-sourced; `<Embed id="…">` places a tool or diagram. File:
 * content/briefings/<id>.mdx.
 */
export const briefingSchema = z.object({
  /** Page title. */
  title: z.string().min(1),
  /** One sentence for search results and the briefings list. */
  description: z.string().min(1),
  /** The document the briefing sets out, e.g. `kent/cabinet-report-2010`. */
  document: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Expected a document id like "kent/cabinet-report-2010".'),
  /** What the tools and diagrams add, in a sentence or two. Never a summary of the rules in new words. */
  purpose: z.string().min(1),
});

export type Briefing = z.infer<typeof briefingSchema>;
