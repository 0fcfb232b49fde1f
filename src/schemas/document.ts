import { z } from 'astro/zod';

export const documentTypes = [
  'governance-framework',
  'partnership-agreement',
  'terms-of-reference',
  'cabinet-report',
  'board-report',
  'scrutiny-report',
  'review',
  'guide',
] as const;

/**
 * Plain-English names of the document types, for pages and search filters. Citations print the
 * label in lower case after the trust's area: "Testshire terms of reference (2011), 2.1".
 */
export const documentTypeLabels: Record<(typeof documentTypes)[number], string> = {
  'governance-framework': 'Governance framework',
  'partnership-agreement': 'Partnership agreement',
  'terms-of-reference': 'Terms of reference',
  'cabinet-report': 'Cabinet report',
  'board-report': 'Board report',
  'scrutiny-report': 'Scrutiny report',
  review: 'Review',
  guide: 'Guide',
};

export const statuses = ['current', 'superseded', 'historical'] as const;

/** A date written YYYY-MM-DD; anything else fails with that example rather than zod's "expected date". */
export const isoDate = (field: string) =>
  z.coerce.date({ error: `Expected "${field}" as a date written YYYY-MM-DD, e.g. 2007-11-26.` });

const docId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Expected a document id like "kent/partnership-agreement-2008".');

/**
 * Frontmatter of a page in the docs collection, added to Starlight's own fields. Source documents
 * (everything but `documentType: guide`) must say which trust issued them, when, and which source
 * text (content/sources/) they were transcribed from.
 */
export const documentFields = z
  .object({
    /** Trust id (a file in content/trusts/). Required for source documents. */
    trust: z.string().optional(),
    /** What kind of document this is. */
    documentType: z.enum(documentTypes).default('guide'),
    /** Date the document was issued or its meeting held (YYYY-MM-DD). */
    issued: isoDate('issued').optional(),
    /** How precisely `issued` is known: a document dated "May 2008" is `month`. */
    issuedPrecision: z.enum(['day', 'month', 'year']).default('day'),
    /** People named as authors or responsible officers, names only. */
    authors: z.array(z.string()).default([]),
    /** Body the document is addressed to, e.g. "Cabinet". */
    to: z.string().optional(),
    /** Meeting it was presented at, as a short phrase, e.g. "Cabinet, 26 November 2007". */
    meeting: z.string().optional(),
    /** Protective marking as printed, e.g. "Unrestricted". */
    classification: z.string().optional(),
    /** Version as printed, e.g. "4". */
    version: z.string().optional(),
    /** Whether the document is in force. */
    status: z.enum(statuses).default('current'),
    /** Id of the document this one replaces. */
    supersedes: docId.optional(),
    /** Id of the document that replaces this one. */
    supersededBy: docId.optional(),
    /** Date the document said it would be reviewed by. */
    reviewDue: isoDate('reviewDue').optional(),
    /** Where the text came from: the source text in content/sources/ and the title printed on it. */
    source: z
      .object({
        /**
         * The document's source text, under content/sources/, e.g. `kent/partnership-agreement-2008.txt`.
         * Its furniture is declared beside it in the `.yaml` of the same name.
         */
        file: z
          .string({ error: 'Expected "source.file": the source text under content/sources/, like "kent/partnership-agreement-2008.txt".' })
          .regex(/^[a-z0-9-]+\/[a-z0-9-]+\.txt$/, 'Expected a source file under content/sources/ like "kent/partnership-agreement-2008.txt".'),
        /** Title as printed on the original. */
        title: z.string().min(1),
      })
      .optional(),
    /**
     * Guides only: how to contact the publisher, shown by `<Contact />` (the accessibility
     * statement). Each council that publishes the site sets its own; omitted, a notice says so.
     */
    contact: z.string().min(1).optional(),
    /**
     * Pages other than documents: the trail shown above the title (src/components/Breadcrumbs.astro),
     * so breadcrumbs sit in the same place on every page type.
     */
    breadcrumbs: z.array(z.object({ label: z.string().min(1), href: z.string().optional() })).default([]),
    /** The document's own header block (By, To, Subject...), verbatim and in printed order. */
    header: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })).default([]),
    /**
     * Fields `npm run import` filled from the text, each with where it was read from: an editor
     * checks each field against the source and then deletes its entry. `npm run verify` lists
     * what is left under REVIEW.
     */
    review: z
      .array(
        z.object({
          /** The frontmatter field to check, e.g. "issued". */
          field: z.string().min(1),
          /** Where the importer read it from, or why it needs an editor. */
          note: z.string().min(1),
        }),
      )
      .default([]),
  })
  .superRefine((data, ctx) => {
    if (data.documentType === 'guide') return;
    for (const field of ['trust', 'issued', 'source'] as const) {
      if (data[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `A source document (documentType "${data.documentType}") needs "${field}". Add it to the frontmatter, or set documentType: guide for a page of guidance.`,
        });
      }
    }
    if (data.status === 'superseded' && !data.supersededBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['supersededBy'],
        message: 'A document with status "superseded" must name the document that replaced it in "supersededBy".',
      });
    }
  });

export type DocumentFields = z.infer<typeof documentFields>;
