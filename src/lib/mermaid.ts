/**
 * Helpers for generating Mermaid source from data. The diagrams are rendered to SVG at build time;
 * nothing here runs Mermaid.
 */

/** A node id Mermaid accepts, derived from a data id: `9.5(e)` -> `n_9_5_e_`. */
export function nodeId(id: string): string {
  return `n_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Text for inside `["..."]` or `|"..."|`: quotes and Mermaid's markup characters as entities. */
export function label(text: string): string {
  return text
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\n/g, ' ');
}

/** An accessibility title and description block (`accTitle`, `accDescr`) for a diagram. */
export function accessibility(title: string, description: string): string[] {
  const flat = (text: string) => text.replace(/[\n{}]/g, ' ');
  return [`accTitle: ${flat(title)}`, `accDescr: ${flat(description)}`];
}
