import { z } from 'astro/zod';

/** Whether a pattern from a YAML file compiles, so a typo fails with the file and field, not at use. */
const compiles = (pattern: string) => {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};

const pattern = z
  .string()
  .min(1)
  .refine(compiles, { message: 'Expected a regular expression (JavaScript syntax) that compiles, e.g. "^KCT Partnership Agreement, May 2008, Version 4 \\d+$".' });

/**
 * One kind of page furniture in a source text: something that was on the printed page or came
 * with the export but is not the document's words, so the fidelity check does not look for it.
 */
export const furnitureSchema = z
  .object({
    /** A regular expression matched against each whole line of the source (trimmed). */
    line: pattern.optional(),
    /**
     * What of a matching line is the document's words, as a replacement (`$1` for the first
     * group): a contents line keeps its entry and drops its page number. Omitted: the whole line
     * is furniture.
     */
    keep: z.string().optional(),
    /**
     * `markdown-html`: the text was exported with Markdown and HTML markup (headings, bold, links,
     * tags, backslash escapes, entities); the markup is removed and the words kept.
     */
    markup: z.literal('markdown-html').optional(),
    /** Why this is furniture, in a phrase: "running footer with a page number". */
    why: z.string({ error: 'Expected "why": the reason this is furniture, e.g. "running footer with a page number".' }).min(1),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if ((rule.line === undefined) === (rule.markup === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Each furniture entry needs exactly one of "line" (a pattern for whole lines) or "markup: markdown-html".' });
    }
    if (rule.keep !== undefined && rule.line === undefined) {
      ctx.addIssue({ code: 'custom', path: ['keep'], message: '"keep" goes with "line": it says what of a matching line to keep.' });
    }
  });

/**
 * What the site knows about a source text: `content/sources/<trust>/<name>.yaml`, beside the text
 * itself, `content/sources/<trust>/<name>.txt`, which documents name in `source.file`.
 */
export const sourceSchema = z
  .object({
    /** Where the text came from, in a phrase: "text export of the PDF published by the council". */
    origin: z.string().min(1).optional(),
    /** The page furniture in this text, each kind with its reason. */
    furniture: z.array(furnitureSchema).default([]),
    /**
     * Furniture a reader found outside the text it extracted, so none is dropped unseen: a Word
     * file's running header and footer (kept in parts of their own), a web page's site header,
     * navigation and footer around its main content. The fidelity check does not look for it.
     */
    outside: z
      .array(
        z
          .object({
            /** Where it was: "word/footer1.xml", "<nav>". */
            where: z.string().min(1),
            /** Its words. */
            text: z.string(),
            /** Why it is not the document's words. */
            why: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type Furniture = z.infer<typeof furnitureSchema>;
export type SourceDeclaration = z.infer<typeof sourceSchema>;
