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

/**
 * Mermaid's SVG at its natural size: Mermaid writes `width="100%"` with a `max-width`, so a wide
 * diagram shrinks to its column and its labels with it (the Kent structure's text fell to 7 px).
 * Giving the SVG the width and height of its viewBox keeps its text at the size Mermaid drew it,
 * scaling with zoom; the figure scrolls sideways instead (see figures.css).
 */
export function naturalSize(svg: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const box = /\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open[0]);
  if (!box) return svg;
  const [width, height] = [Math.ceil(Number(box[1])), Math.ceil(Number(box[2]))];
  const tag = open[0]
    .replace(/\s(?:width|height)="[^"]*"/g, '')
    .replace(/\sstyle="([^"]*)"/, (_, style: string) => {
      const rest = style.replace(/max-width:\s*[^;]+;?/g, '').trim();
      return rest ? ` style="${rest}"` : '';
    })
    .replace(/^<svg\b/, `<svg width="${width}" height="${height}"`);
  return svg.replace(open[0], tag);
}

/**
 * Mermaid's SVG without the edge geometry it keeps for its own scripts (`data-points`, a base64 copy
 * of each edge's points): the site ships no Mermaid JavaScript, and on a structure diagram of forty
 * lines these attributes are a seventh of the gzipped page.
 */
export function withoutEdgeData(svg: string): string {
  return svg.replace(/\sdata-points="[^"]*"/g, '');
}
