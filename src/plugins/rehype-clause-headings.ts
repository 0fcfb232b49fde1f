/**
 * Gives a numbered heading the id of its printed number: `## 10. Meeting Arrangements` gets
 * id="10", so `#10` addresses section 10 the way `#10.4` addresses paragraph 10.4.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { headingNumber } from '../lib/clauses';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeClauseHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      const number = headingNumber(toString(node));
      if (number) node.properties = { ...node.properties, id: number };
    });
  };
}
