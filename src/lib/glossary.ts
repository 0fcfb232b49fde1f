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

/** The id of an entry on the glossary page: `term-pct`, `term-c-yp`, `term-relevant-partner`, `term-childrens-services-authority`. */
export function glossaryAnchor(term: string): string {
  return `term-${term
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** A term of the glossary that is not an acronym: "relevant partner". */
export interface DefinedTerm {
  term: string;
  /**
   * The trusts whose documents define it (the trusts of its definitions' documents). Its uses are
   * linked on their pages only: another trust's documents may use the same words in another sense.
   */
  trusts: readonly string[];
}

/** The trusts of the documents a term's definitions cite: `harrow/scrutiny-report-2009` is Harrow's. */
export function definingTrusts(definitions: readonly { citation: { document: string } }[]): string[] {
  return [...new Set(definitions.map((d) => d.citation.document.split('/')[0]!))];
}

/**
 * The trust a page belongs to, from its file: `content/docs/<trust>/<document>.mdx`. Undefined for
 * any other page (guides under content/docs/about/ belong to no trust; neither do briefings).
 */
export function trustOfPage(path: string | undefined, trusts: ReadonlySet<string>): string | undefined {
  const match = /(?:^|[\\/])content[\\/]docs[\\/]([^\\/]+)[\\/]/.exec(path ?? '');
  return match && trusts.has(match[1]!) ? match[1] : undefined;
}

/** How a use of a term is compared with the entry: capitals, apostrophes and spacing do not matter. */
const termKey = (text: string) => text.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();

/**
 * One regular expression that finds any defined term as whole words, in any capitals, with either
 * apostrophe and any spacing between its words, and in the plural with `s` ("relevant partners",
 * the `s` part of the match). Longer terms are tried first.
 */
export function definedTermPattern(terms: readonly DefinedTerm[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...terms]
    .map((t) => t.term.trim())
    .sort((a, b) => b.length - a.length)
    .map((term) =>
      term
        .split(/\s+/)
        .map((word) => escapeRegExp(word).replace(/['\u2019]/g, "['\u2019]"))
        .join('\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}&])((?:${alternatives.join('|')})s?)(?![\\p{L}\\p{N}&])`, 'giu');
}

/** Plain text, or the use of a defined term: `term` is the entry's own spelling, `text` the words as printed. */
export type TermSegment = string | { term: string; text: string };

/**
 * Split `text` into plain strings and uses of defined terms. Only the first use of each term on a
 * page is returned as a use (`seen` holds the terms already used on the page, and is updated); the
 * words are never changed, only found.
 */
export function segmentDefinedTerms(text: string, pattern: RegExp | undefined, terms: readonly DefinedTerm[], seen: Set<string>): TermSegment[] {
  if (!pattern) return [text];
  const byKey = new Map(terms.map((t) => [termKey(t.term), t.term]));
  const out: TermSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const words = match[1]!;
    const key = termKey(words);
    const term = byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
    if (term === undefined || seen.has(term)) continue;
    seen.add(term);
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push({ term, text: words });
    last = match.index + words.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
