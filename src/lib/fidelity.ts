/**
 * Fidelity: does every sentence of a source document appear, verbatim, on the site?
 *
 * A source is the text of the original document as received (`content/sources/<trust>/<name>.txt`).
 * What in it is not the document's words (running footers, page numbers, contents-page numbers,
 * export markup) is declared beside it as data, each kind with its reason
 * (`content/sources/<trust>/<name>.yaml`, schema in src/schemas/source.ts). `readSource` applies
 * exactly those declarations, splits what is left into sentences and lists what it dropped;
 * `missingSentences` then reports each sentence not found in the site's text.
 *
 * How a source is split:
 * - each line is a unit; tabs separate units too (header label / value, table cells);
 * - within a unit, a sentence ends at ". ", "? " or "! " after a word, followed by a capital, a digit,
 *   a quote or an opening bracket (so "1. Introduction" and "10.4 Quorum" stay whole). Over-splitting
 *   ("e.g. Chief") only makes two shorter sentences, each of which must still appear verbatim;
 * - list markers at the start of a unit ("- ", "• ", Word's "o ") are the list's structure, shown on
 *   the site as a list, not words, and are always removed.
 */
import type { Furniture } from '../schemas/source';

/** What the fidelity check needs of a source's declaration (src/schemas/source.ts). */
export interface SourceFurniture {
  furniture: readonly Furniture[];
}

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

/** Remove the export markup of one source line, leaving the words a reader sees. */
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

export interface SourceSentence {
  /** 1-based line number in the source. */
  line: number;
  text: string;
}

/** Furniture taken out of a source: the line, what was removed, and the declared reason. */
export interface Dropped {
  line: number;
  text: string;
  why: string;
}

export interface SourceReading {
  sentences: SourceSentence[];
  dropped: Dropped[];
  /** Lines whose export markup was removed (the words kept), when the source declares markup. */
  markupLines: number[];
}

interface LineRule {
  pattern: RegExp;
  keep: string | undefined;
  why: string;
}

/** The declared line rules, compiled once. */
function lineRules(declaration: SourceFurniture): LineRule[] {
  return declaration.furniture.flatMap((rule) =>
    rule.line === undefined ? [] : [{ pattern: new RegExp(rule.line, 'u'), keep: rule.keep, why: rule.why }],
  );
}

/** Applies the first matching line rule: the line as kept (possibly nothing) and what was dropped. */
function applyLineRules(line: string, rules: readonly LineRule[]): { kept: string; dropped?: { text: string; why: string } } {
  const trimmed = line.trim();
  const rule = rules.find((r) => r.pattern.test(trimmed));
  if (!rule) return { kept: line };
  if (rule.keep === undefined) return { kept: '', dropped: { text: trimmed, why: rule.why } };
  const kept = trimmed.replace(rule.pattern, rule.keep);
  return { kept, dropped: { text: normalizeSpace(trimmed.replace(kept, ' ')), why: rule.why } };
}

/** One line of a source after the declared line rules: what is kept, and the rule that matched, if any. */
export interface KeptLine {
  line: number;
  text: string;
  /** The reason of the rule that matched this line (the line is furniture, wholly or in part). */
  why?: string;
  /** The rule kept part of the line (a contents entry without its page number). */
  partial?: boolean;
}

/** The lines of a source with the declared line rules applied, as the importer reads them. */
export function applyFurniture(source: string, declaration: SourceFurniture): KeptLine[] {
  const rules = lineRules(declaration);
  return source.split(/\r?\n/).map((raw, index) => {
    const applied = applyLineRules(raw.trimEnd(), rules);
    if (!applied.dropped) return { line: index + 1, text: raw };
    const rule = rules.find((r) => r.pattern.test(raw.trim()))!;
    return { line: index + 1, text: applied.kept, why: applied.dropped.why, ...(rule.keep !== undefined ? { partial: true } : {}) };
  });
}

/** Splits a source into the sentences the site must show, applying only the declared furniture. */
export function readSource(source: string, declaration: SourceFurniture): SourceReading {
  const rules = lineRules(declaration);
  const markup = declaration.furniture.some((rule) => rule.markup === 'markdown-html');
  const sentences: SourceSentence[] = [];
  const dropped: Dropped[] = [];
  const markupLines: number[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const applied = applyLineRules(raw.trimEnd(), rules);
    if (applied.dropped) dropped.push({ line, ...applied.dropped });
    const words = markup ? stripSeedMarkup(applied.kept) : applied.kept;
    if (words !== applied.kept && words.replace(/\t/g, ' ').trim() !== applied.kept.trim()) markupLines.push(line);
    for (const cell of words.split('\t')) {
      const unit = stripBullet(normalizeSpace(cell));
      for (const piece of unit.split(SENTENCE_END)) {
        const text = normalizeSpace(stripBullet(piece));
        if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ line, text });
      }
    }
  });
  return { sentences, dropped, markupLines };
}

/** The sentences of `source` that do not occur in `siteText`. */
export function missingSentences(source: string, declaration: SourceFurniture, siteText: string): SourceSentence[] {
  const haystack = normalizeSpace(siteText);
  return readSource(source, declaration).sentences.filter((sentence) => !haystack.includes(sentence.text));
}
