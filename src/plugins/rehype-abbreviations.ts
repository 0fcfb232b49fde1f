/**
 * Marks the first use on a page of each glossary acronym with <abbr title="expansion">, and asks
 * Pagefind to index the title, so a search for "primary care trust" finds a page that says "PCT".
 * Later uses are left unmarked for the reader but carry the expansion for the index
 * (`<span data-expansion>`), so the search result links to the paragraph that uses the acronym,
 * not only to its first use on the page.
 *
 * The first use on a page of each defined term of the glossary (an entry of kind `term`, such as
 * "relevant partner") becomes a link to its entry, `/glossary/#term-relevant-partner`, on the pages
 * of the trusts whose documents define it (content/docs/<trust>/). The words stay as printed: only
 * wrapped, never changed. Headings, links and code are left alone, and an acronym inside a term's
 * words is still expanded.
 */
import type { Root, Element, ElementContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import {
  definedTermPattern,
  glossaryAnchor,
  segmentDefinedTerms,
  segmentTerms,
  termPattern,
  trustOfPage,
  type DefinedTerm,
  type GlossaryTerm,
} from '../lib/glossary';

/** Text inside these elements is never marked. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'svg', 'h1', 'title']);
/** Nor linked: a link inside a heading would sit beside the heading's own anchor link. */
const NO_LINKS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'button', 'label']);

export interface Options {
  /** The acronyms. */
  terms: GlossaryTerm[];
  /** The terms that are not acronyms. */
  defined?: DefinedTerm[];
}

export default function rehypeAbbreviations({ terms, defined = [] }: Options) {
  const pattern = termPattern(terms);
  const expansions = new Map(terms.map((t) => [t.term, t.expansion]));
  const definingTrusts = new Set(defined.flatMap((t) => t.trusts));
  /** The terms linked on one trust's pages, and their pattern; made once per trust. */
  const perTrust = new Map<string, { own: DefinedTerm[]; pattern: RegExp | undefined }>();
  const termsOf = (trust: string | undefined) => {
    if (trust === undefined) return { own: [], pattern: undefined };
    let found = perTrust.get(trust);
    if (!found) {
      const own = defined.filter((t) => t.trusts.includes(trust));
      found = { own, pattern: definedTermPattern(own) };
      perTrust.set(trust, found);
    }
    return found;
  };
  return (tree: Root, file?: VFile) => {
    const { own, pattern: definedPattern } = termsOf(trustOfPage(file?.path, definingTrusts));
    if (!pattern && !definedPattern) return;
    const seen = new Set<string>();
    const seenDefined = new Set<string>();
    /** Text with each acronym marked: <abbr> at its first use, the expansion for the index after. */
    const acronyms = (text: string): ElementContent[] =>
      segmentTerms(text, pattern, seen, true).map((s) =>
        typeof s === 'string'
          ? { type: 'text', value: s }
          : s.repeat
            ? expansions.get(s.term)
              ? {
                  type: 'element',
                  tagName: 'span',
                  properties: { dataExpansion: expansions.get(s.term), dataPagefindIndexAttrs: 'data-expansion' },
                  children: [{ type: 'text', value: s.text }],
                }
              : { type: 'text', value: s.text }
            : {
                type: 'element',
                tagName: 'abbr',
                properties: { title: expansions.get(s.term) ?? undefined, dataPagefindIndexAttrs: 'title' },
                children: [{ type: 'text', value: s.text }],
              },
      );
    const edits: { parent: Element | Root; node: Text; replacement: ElementContent[] }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => a.type === 'element' && SKIP.has((a as Element).tagName))) return;
      if (ancestors.some((a) => (a as { name?: string }).name === 'OldUrl')) return;
      const linkable = !ancestors.some((a) => a.type === 'element' && NO_LINKS.has((a as Element).tagName));
      const pieces = linkable ? segmentDefinedTerms(node.value, definedPattern, own, seenDefined) : [node.value];
      const replacement: ElementContent[] = pieces.flatMap((piece): ElementContent[] =>
        typeof piece === 'string'
          ? acronyms(piece)
          : [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: `/glossary/#${glossaryAnchor(piece.term)}`, className: ['glossary-term'], dataGlossaryTerm: piece.term },
                children: acronyms(piece.text),
              },
            ],
      );
      if (replacement.length === 1 && replacement[0]!.type === 'text') return;
      edits.push({ parent: ancestors[ancestors.length - 1] as Element, node, replacement });
    });
    for (const { parent, node, replacement } of edits) {
      const at = parent.children.indexOf(node);
      if (at >= 0) parent.children.splice(at, 1, ...replacement);
    }
  };
}
