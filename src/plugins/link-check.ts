/**
 * Fails the build when a page links to a page that was not built, or to a `#fragment` that is no
 * element's id on its target. Runs in `astro:build:done` over every HTML file of the output
 * (not Pagefind's or the bundled assets). The parsing lives in src/lib/links.ts.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-files.ts';
import { filesFor, idsIn, linksIn, pagePath, splitLink } from '../lib/links.ts';

/** How many broken links the error lists before "and N more". */
const SHOWN = 30;

/** Checks the built site in `root`; returns one message per broken link, in page order. */
export async function brokenLinks(root: string): Promise<string[]> {
  const pages = await builtPages(root);
  const html = new Map<string, string>();
  for (const file of pages) html.set(file, await readFile(join(root, file), 'utf8'));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let known = ids.get(file);
    if (!known) {
      known = idsIn(html.get(file) ?? (await readFile(join(root, file), 'utf8')));
      ids.set(file, known);
    }
    return known;
  };

  const problems: string[] = [];
  for (const file of pages) {
    const seen = new Set<string>();
    for (const { href } of linksIn(html.get(file)!)) {
      if (seen.has(href)) continue;
      seen.add(href);
      const { path, fragment } = splitLink(href);
      const target = path === undefined ? file : filesFor(path).find((f) => existsSync(join(root, f)));
      if (target === undefined) {
        problems.push(`${pagePath(file)}: link to ${href}: no such page`);
        continue;
      }
      if (!fragment || !target.endsWith('.html')) continue;
      if (!(await idsOf(target)).has(fragment)) {
        problems.push(`${pagePath(file)}: link to ${href}: no element with id "${fragment}" on ${pagePath(target)}`);
      }
    }
  }
  return problems;
}

export default function linkCheck(): AstroIntegration {
  return {
    name: 'governance-link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const problems = await brokenLinks(fileURLToPath(dir));
        if (problems.length > 0) {
          const more = problems.length > SHOWN ? `\n  …and ${problems.length - SHOWN} more.` : '';
          throw new Error(
            `The built site has ${problems.length} broken internal link(s). Correct the link or the id it points at:\n${problems
              .slice(0, SHOWN)
              .map((p) => `  - ${p}`)
              .join('\n')}${more}`,
          );
        }
        logger.info(`Checked the internal links in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
