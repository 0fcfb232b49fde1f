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

/**
 * The message for a ```mermaid block that Mermaid cannot parse: the file and line of the block
 * first, then Mermaid's own report (whose line numbers count from the diagram's first line).
 */
export function diagramError(file: string, line: number | undefined, reason: unknown): string {
  const report = reason instanceof Error ? reason.message : String(reason);
  const [first = '', ...rest] = report.split('\n');
  const where = line === undefined ? file : `${file}:${line}`;
  const summary = first.replace(/^Parse error on line (\d+):?$/, 'Parse error on line $1 of the diagram.');
  return `${where}: the Mermaid diagram does not parse. ${summary} Correct the diagram (see mermaid.js.org/syntax).\n${rest.join('\n')}`.trimEnd();
}
