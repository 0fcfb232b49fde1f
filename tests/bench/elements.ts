/**
 * Where two built pages differ in elements, for the side-by-side bench (compare.ts): each page's
 * elements counted by kind (tag and first class, Astro's scoping classes left out), and the kinds
 * whose counts differ most. The DOM line says how many; this says what they are, so that an element
 * that carries nothing shows up by name. Pure, unit-tested in tests/unit/bench-elements.test.ts.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** "div.clause", "a.sl-anchor-link", "p": a tag and its first class that is not a scoping class. */
function kind(el: Element): string {
  const classes = Array.isArray(el.properties.className) ? el.properties.className.map(String) : [];
  const named = classes.find((c) => !/^astro-[a-z0-9]+$/.test(c));
  return named ? `${el.tagName}.${named}` : el.tagName;
}

/** Every element of the document, by kind; a <template>'s contents are not in the DOM and do not count. */
export function elementCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (nodes: readonly (RootContent | Root['children'][number])[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const k = kind(node);
      counts.set(k, (counts.get(k) ?? 0) + 1);
      walk(node.children);
    }
  };
  walk(fromHtml(html).children);
  return counts;
}

export interface KindDifference {
  kind: string;
  ours: number;
  plain: number;
}

/** The kinds whose counts differ, largest difference first (then by name), at most `top` of them. */
export function elementDifferences(ours: Map<string, number>, plain: Map<string, number>, top = 10): KindDifference[] {
  return [...new Set([...ours.keys(), ...plain.keys()])]
    .map((k) => ({ kind: k, ours: ours.get(k) ?? 0, plain: plain.get(k) ?? 0 }))
    .filter((d) => d.ours !== d.plain)
    .sort((a, b) => Math.abs(b.ours - b.plain) - Math.abs(a.ours - a.plain) || a.kind.localeCompare(b.kind))
    .slice(0, top);
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** One sentence for under a table: both totals in the built HTML and the largest differences. */
export function describeDifferences(oursHtml: string, plainHtml: string, top = 10): string {
  const ours = elementCounts(oursHtml);
  const plain = elementCounts(plainHtml);
  const differences = elementDifferences(ours, plain, top);
  const signed = (d: KindDifference) => `${d.ours > d.plain ? '+' : '−'}${Math.abs(d.ours - d.plain)} ${d.kind} (${d.ours} / ${d.plain})`;
  return (
    `Elements in the built HTML, before any script runs: ours ${total(ours)}, plain Starlight ${total(plain)}. ` +
    (differences.length === 0 ? 'The same kinds, as many of each.' : `Largest differences by kind (ours / plain): ${differences.map(signed).join(', ')}.`)
  );
}
