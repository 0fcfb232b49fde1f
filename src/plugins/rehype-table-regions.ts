/**
 * Puts each Markdown table in a box that scrolls sideways when the table is wider than the page,
 * and that a keyboard can reach and a screen reader can name: `<div class="table-scroll"
 * role="region" tabindex="0" aria-label="…">`. Without it Starlight lets the table itself scroll,
 * unfocusable (WCAG 2.1.1, 1.4.10). The label is the table's caption, or else the heading the table
 * sits under.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

const HEADING = /^h[1-6]$/;

/** "Table: <caption>" or "Table under <heading>"; "Table" when neither exists. */
export function tableLabel(table: Element, heading: string | undefined): string {
  const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const text = caption ? toString(caption).trim() : '';
  if (text) return `Table: ${text}`;
  return heading ? `Table under “${heading}”` : 'Table';
}

export default function rehypeTableRegions() {
  return (tree: Root) => {
    let heading: string | undefined;
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((child: RootContent | ElementContent) => {
        if (child.type !== 'element') return child;
        if (HEADING.test(child.tagName)) heading = toString(child).trim();
        if (child.tagName === 'table') {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(child, heading) },
            children: [child],
          } satisfies Element;
        }
        walk(child);
        return child;
      }) as typeof parent.children;
    };
    walk(tree);
  };
}
