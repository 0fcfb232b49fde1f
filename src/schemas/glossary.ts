import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { quoteSchema } from './body';

export const glossaryKinds = ['acronym', 'term'] as const;

/**
 * An entry of the glossary. Files: content/glossary/*.yaml, each a list of these. Two kinds:
 *
 * - an **acronym** (`PCT`), with what it stands for; expanded with `<abbr>` on every page;
 * - a **term** of one or more words that is not an acronym (`relevant partner`, `Children's
 *   Services Authority`), defined by the documents' own words, each quotation with its clause
 *   (checked at build like every quotation). The first use of a term on a page links to its entry.
 */
export const glossarySchema = z
  .object({
    /** `acronym` (the default) or `term`. */
    kind: z.enum(glossaryKinds).default('acronym'),
    /**
     * An acronym exactly as printed, e.g. `PCT`, `C&YP`; a term as the documents print it, in the
     * singular, e.g. `relevant partner` (the plural "relevant partners" is found too, and so is
     * either kind of apostrophe and any capitals).
     */
    term: z.string().min(1),
    /** Acronyms: what it stands for; null where no document says and the site will not guess. */
    expansion: z.string().min(1).nullable().optional(),
    /**
     * Acronyms: whether a document spells it out. When false, the expansion is the usual one for the
     * period and the page says that no document expands it.
     */
    expandedInSource: z.boolean().optional(),
    /** Acronyms: where it is spelled out or first used. */
    citation: citationSchema.optional(),
    /**
     * Terms: the words of the documents that say what the term means, each `{ citation, words }`
     * with the words as printed in that clause. At least one.
     */
    definitions: z.array(quoteSchema).default([]),
    /** Terms: the acronym the documents use for it, when it has its own entry, e.g. `CSA`. */
    acronym: z.string().optional(),
    /** A note on doubts: a likely misprint, an unclear reference. */
    note: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (entry.kind === 'term') {
      if (entry.definitions.length === 0) {
        issue('definitions', `Term "${entry.term}" needs "definitions": the words of a document that say what it means, each { citation: { document, clause }, words }.`);
      }
      for (const field of ['expansion', 'expandedInSource'] as const) {
        if (entry[field] !== undefined) issue(field, `"${field}" is for acronyms; a term of kind "term" is defined by quoted words under "definitions".`);
      }
      return;
    }
    if (!/^\S+$/.test(entry.term)) {
      issue(
        'term',
        `An acronym is a single word without spaces, like "PCT"; "${entry.term}" is not. For a term of several words, add kind: term and quote the words that define it under "definitions".`,
      );
    }
    if (entry.definitions.length > 0 || entry.acronym !== undefined) {
      issue(entry.acronym !== undefined ? 'acronym' : 'definitions', 'An acronym has an "expansion"; "definitions" and "acronym" are for an entry of kind: term.');
    }
    if (entry.expansion === undefined) issue('expansion', 'An acronym needs "expansion": what it stands for, or null where no document says.');
    if (entry.expandedInSource === undefined) {
      issue('expandedInSource', 'An acronym needs "expandedInSource": true when a document spells it out, false when none does.');
    }
    if (entry.expandedInSource && (!entry.expansion || entry.citation === undefined)) {
      issue('citation', 'A term marked expandedInSource: true needs its "expansion" and the "citation" of the clause that spells it out.');
    }
    if (entry.expansion === null && entry.note === undefined) issue('note', 'A term with expansion: null needs a "note" saying why it cannot be expanded.');
  });

export type GlossaryEntry = z.infer<typeof glossarySchema>;
