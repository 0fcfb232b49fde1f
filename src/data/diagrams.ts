/**
 * Mermaid diagrams rendered to SVG at build time, in Chromium, so readers get no Mermaid JavaScript.
 * One browser serves every diagram of a build; results are cached by source. A diagram that does not
 * parse fails the build with its name and Mermaid's message.
 */
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromiumPath } from '~/plugins/chromium';
import { naturalSize, withoutEdgeData } from '~/lib/mermaid';

let renderer: MermaidRenderer | undefined;
const cache = new Map<string, Promise<string>>();

/** The SVG for `source`; `id` prefixes the SVG's element ids so two diagrams on a page do not clash. */
export function renderDiagram(id: string, source: string): Promise<string> {
  const key = `${id}\n${source}`;
  let svg = cache.get(key);
  if (!svg) {
    renderer ??= createMermaidRenderer({
      launchOptions: {
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    });
    // Plain SVG text labels (no foreignObject), so a downloaded diagram can also be drawn to a PNG;
    // 'loose' lets a node carry its link ("click … href").
    svg = renderer([source], {
      prefix: id,
      mermaidConfig: { theme: 'neutral', securityLevel: 'loose', htmlLabels: false, flowchart: { htmlLabels: false } },
    }).then(([result]) => {
      if (result?.status !== 'fulfilled') {
        const reason = result?.status === 'rejected' ? String(result.reason) : 'no result';
        throw new Error(`Diagram "${id}" could not be drawn: ${reason}\nMermaid source:\n${source}`);
      }
      return withoutEdgeData(naturalSize(result.value.svg));
    });
    cache.set(key, svg);
  }
  return svg;
}
