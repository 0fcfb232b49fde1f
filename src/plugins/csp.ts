/**
 * Writes each built page's Content Security Policy into a `<meta>` tag at the top of its `<head>`:
 * the hashes of the page's own inline scripts and styles (Starlight's theme script, Astro's inlined
 * modules, the `<style>` inside Mermaid's SVGs) and the site's own origin for everything else. Runs
 * after the build and before the search index, so that Pagefind indexes the final pages. Pagefind's
 * own files are left alone. The headers a meta tag cannot carry (`frame-ancestors`) are in
 * public/_headers.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { builtPages } from './built-files';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPolicy } from '../lib/csp';

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'governance-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await builtPages(root)).map((f) => join(root, f));
        let scripts = 0;
        let styles = 0;
        for (const file of files) {
          const page = addPolicy(await readFile(file, 'utf8'), relative(root, file));
          scripts += page.scripts;
          styles += page.styles;
          await writeFile(file, page.html);
        }
        logger.info(`Content Security Policy written into ${files.length} pages (${scripts} inline scripts and ${styles} inline styles hashed).`);
      },
    },
  };
}
