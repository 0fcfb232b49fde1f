/**
 * Fidelity: does every sentence of a source document appear, verbatim, on the site?
 *
 * The seeds are text exports of the original documents, with conversion debris: Markdown and HTML
 * markup, bullet glyphs, running footers and contents-page numbers. `seedSentences` strips exactly
 * that debris (and nothing that a reader would call the document's words) and splits what is left
 * into sentences. `missingSentences` then reports each sentence not found in the site's text.
 *
 * How a seed is split:
 * - each line is a unit; tabs separate units too (header label / value, table cells);
 * - within a unit, a sentence ends at ". ", "? " or "! " after a word, followed by a capital, a digit,
 *   a quote or an opening bracket (so "1. Introduction" and "10.4 Quorum" stay whole). Over-splitting ("e.g. Chief") only makes two shorter sentences, each of
 *   which must still appear verbatim.
 *
 * What is dropped as page furniture (see FURNITURE below): running footers with a page number,
 * contents-page numbers, bullet glyphs and list markers, Markdown/HTML markup and escapes.
 */

/** A line that is page furniture in its entirety, with the reason, so the test can report it. */
export interface FurnitureRule {
  pattern: RegExp;
  why: string;
}

export const FURNITURE: readonly FurnitureRule[] = [
  {
    pattern: /^KCT Partnership Agreement, May 2008, Version 4 \d+$/,
    why: 'running footer with a page number',
  },
  { pattern: /^-{3,}$/, why: 'horizontal rule from the text export' },
];

/** Contents lines end with a tab and a page number: keep the entry, drop the number. */
const CONTENTS_PAGE_NUMBER = /^(\d+\.\s.+?)\t\d+$/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Collapse every run of white space (including non-breaking spaces) to one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

const BLOCK_TAGS = /<\/?(?:p|li|ul|ol|div|br|tr|td|th|table|h[1-6])\b[^>]*>/gi;

/** Remove the markup of one seed line, leaving the words a reader sees. */
export function stripSeedMarkup(line: string): string {
  let text = line;
  text = text.replace(BLOCK_TAGS, '\t');
  text = text.replace(/<\/?[a-z][^>]*>/gi, '');
  // Markdown links: [visible](target) -> visible; autolinks <http://...> -> the address.
  text = text.replace(/\[((?:[^\]\\]|\\.)*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1');
  text = text.replace(/<((?:https?:\/\/|mailto:)[^>]+)>/g, '$1');
  // Backslash escapes of the export (\\_ and \( ... ) -> the character.
  text = text.replace(/\\+([_()[\]*#.\-!])/g, '$1');
  text = text.replace(/^#{1,6}\s+/, '');
  text = text.replace(/\*\*/g, '');
  text = text.replace(/(^|[\s('"‘])\*(\S[^*]*?)\*(?=[\s).,;:'"’]|$)/g, '$1$2');
  return decodeEntities(text);
}

/** Remove bullet glyphs and Markdown list markers at the start of a unit. */
function stripBullet(unit: string): string {
  return unit.replace(/^(?:[-*•]\s+)+/, '').replace(/^o\s+(?=[A-Z])/, '');
}

/** A sentence ends after a word (not a bare number such as "1." or "10.4") and its full stop. */
const SENTENCE_END = /(?<=[\p{L})"'’”][.?!])\s+(?=[A-Z0-9"'‘“(])/u;

export interface SeedSentence {
  /** 1-based line number in the seed. */
  line: number;
  text: string;
}

export function seedSentences(seed: string): SeedSentence[] {
  const out: SeedSentence[] = [];
  seed.split(/\r?\n/).forEach((raw, index) => {
    let line = raw.trimEnd();
    const contents = CONTENTS_PAGE_NUMBER.exec(line.trim());
    if (contents) line = contents[1]!;
    if (FURNITURE.some((rule) => rule.pattern.test(line.trim()))) return;
    for (const cell of stripSeedMarkup(line).split('\t')) {
      const unit = stripBullet(normalizeSpace(cell));
      for (const piece of unit.split(SENTENCE_END)) {
        const text = normalizeSpace(stripBullet(piece));
        if (/[\p{L}\p{N}]/u.test(text)) out.push({ line: index + 1, text });
      }
    }
  });
  return out;
}

/** The sentences of `seed` that do not occur in `siteText` (already whitespace-normalised). */
export function missingSentences(seed: string, siteText: string): SeedSentence[] {
  const haystack = normalizeSpace(siteText);
  return seedSentences(seed).filter((sentence) => !haystack.includes(sentence.text));
}
