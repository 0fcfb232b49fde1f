/**
 * Marks the first use on a page of each glossary acronym with <abbr title="expansion">, and asks
 * Pagefind to index the title, so a search for "primary care trust" finds a page that says "PCT".
 * Later uses are left unmarked for the reader but carry the expansion for the index
 * (`<span data-expansion>`), so the search result links to the paragraph that uses the acronym,
 * not only to its first use on the page.
 */
import type { Root, Element, ElementContent, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { segmentTerms, termPattern, type GlossaryTerm } from '../lib/glossary';

/** Text inside these elements is never marked. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'svg', 'h1', 'title']);

export interface Options {
  terms: GlossaryTerm[];
}

export default function rehypeAbbreviations({ terms }: Options) {
  const pattern = termPattern(terms);
  const expansions = new Map(terms.map((t) => [t.term, t.expansion]));
  return (tree: Root) => {
    if (!pattern) return;
    const seen = new Set<string>();
    const edits: { parent: Element | Root; node: Text; replacement: ElementContent[] }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => a.type === 'element' && SKIP.has((a as Element).tagName))) return;
      if (ancestors.some((a) => (a as { name?: string }).name === 'OldUrl')) return;
      const segments = segmentTerms(node.value, pattern, seen, true);
      if (segments.length === 1 && typeof segments[0] === 'string') return;
      const replacement: ElementContent[] = segments.map((s) =>
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
              properties: {
                title: expansions.get(s.term) ?? undefined,
                dataPagefindIndexAttrs: 'title',
              },
              children: [{ type: 'text', value: s.text }],
            },
      );
      edits.push({ parent: ancestors[ancestors.length - 1] as Element, node, replacement });
    });
    for (const { parent, node, replacement } of edits) {
      const at = parent.children.indexOf(node);
      if (at >= 0) parent.children.splice(at, 1, ...replacement);
    }
  };
}
