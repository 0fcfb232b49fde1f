/**
 * Glossary terms and their expansion in running text. Pure: the rehype plugin and the site
 * validation both call these functions.
 */

export interface GlossaryTerm {
  /** The acronym as printed, e.g. `PCT`, `C&YP`. */
  term: string;
  /** The words it stands for, or null where no document spells it out and none is supplied. */
  expansion: string | null;
}

/** Terms defined more than once (case-sensitive), each with how many times. */
export function duplicateTerms(terms: readonly GlossaryTerm[]): string[] {
  const seen = new Map<string, number>();
  for (const { term } of terms) seen.set(term, (seen.get(term) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([term]) => term);
}

/** Plain text, or a term; `repeat` marks a term already expanded earlier on the page. */
export type Segment = string | { term: string; text: string; repeat?: true };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression that finds any term as a whole word. A plural `s` directly after a term
 * ("PCTs") still counts as the term. Longer terms are tried first, so `LSCB` never matches as `LSC`.
 */
export function termPattern(terms: readonly GlossaryTerm[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...terms]
    .map((entry) => entry.term)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}&])(${alternatives.join('|')})(?=s?(?![\\p{L}\\p{N}&]))`, 'gu');
}

/**
 * Split `text` into plain strings and term matches. `seen` holds terms already expanded on this
 * page and is updated. Only the first use of each term on a page is returned as a term, unless
 * `repeats` is set: then later uses are returned too, marked `repeat: true`.
 */
export function segmentTerms(text: string, pattern: RegExp | undefined, seen: Set<string>, repeats = false): Segment[] {
  if (!pattern) return [text];
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = match[1]!;
    const repeat = seen.has(term);
    if (repeat && !repeats) continue;
    seen.add(term);
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(repeat ? { term, text: term, repeat: true } : { term, text: term });
    last = match.index + term.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The anchor of a term on the glossary page: `term-c-yp` for `C&YP`. */
export const termAnchor = (term: string) => `term-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
