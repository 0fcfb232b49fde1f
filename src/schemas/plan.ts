import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { isoDate } from './document';

/** An action plan printed in a document, as data. File: content/plans/<id>.yaml. */
export const planSchema = z.object({
  /** Short id, e.g. `kent-change-for-children-2010`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Trust id. */
  trust: z.string(),
  /** Document id the plan is printed in. */
  document: z.string(),
  /** The plan's title as printed. */
  title: z.string().min(1),
  /**
   * Where the document prints the plan: the section as the document names it ("Appendix 1") and the
   * clause that points the reader to it. The plan's page links to both.
   */
  printedIn: z.object({ section: z.string().min(1), citation: citationSchema }).optional(),
  /** Column headings as printed. */
  columns: z.object({ number: z.string(), action: z.string(), due: z.string() }),
  proposals: z
    .array(
      z.object({
        /** 1-based proposal number. */
        number: z.number().int().positive(),
        /** Heading as printed, e.g. "Key Proposal One". */
        heading: z.string().min(1),
        actions: z
          .array(
            z
              .object({
                /** Action number as printed, e.g. "4.1". */
                number: z.string().regex(/^\d+\.\d+$/, 'Expected an action number like "4.1".'),
                /** Action text, verbatim. */
                text: z.string().min(1),
                /** "Guide Implementation" date exactly as printed, or null where the source prints none. */
                due: z.string().nullable(),
                /** The printed date read as a calendar date, or null where none is printed. */
                dueDate: isoDate('dueDate').nullable(),
                /** How `dueDate` was read from `due`, in a few words. */
                dueReading: z.string().nullable().optional(),
              })
              .refine((a) => (a.due === null) === (a.dueDate === null), {
                message: 'An action has "due" and "dueDate" both set or both null: a date cannot be read from nothing, and a printed date must be read.',
                path: ['dueDate'],
              }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type Plan = z.infer<typeof planSchema>;
