/**
 * First paint from the first round trip: replaces each built page's screen stylesheets with a
 * `<style>` holding only the rules that can apply to that page (src/lib/critical-css.ts), so the
 * page needs no stylesheet request before it can paint. Starlight's own styles are cut down the
 * same way as the site's. A page that loads scripts of its own may add elements the HTML does not
 * have, so it also loads the full stylesheets, from the end of `<body>`, where they hold back
 * nothing already shown; unless every widget on it makes what it adds from templates in the page
 * (the tools and the search do: src/widgets/common/templates.ts). Pages that run only the frame's
 * scripts (Starlight's theme and menu, the contents list) load none; nor do the scripts written
 * into a page (a figure's download buttons, the embed-code box), which add nothing that is styled.
 *
 * With no stylesheet to wait for, a browser may render a page the first time its parser pauses,
 * before anything in `<body>` is read; each page therefore asks for its first rendering to wait
 * until its first paragraph is read (renderAfterFirstParagraph in src/lib/critical-css.ts), so
 * that the first frame laid out and painted is the page's header, title and opening words.
 *
 * Module scripts, and the modules they import, are asked for at low priority, the imports
 * preloaded from `<head>` (src/lib/script-priority.ts).
 *
 * Runs after the build and before the security policy, which hashes the new `<style>`.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-files.ts';
import { inlineStylesheets, renderAfterFirstParagraph } from '../lib/critical-css.ts';
import { lowPriorityScripts, preloadImports } from '../lib/script-priority.ts';
import { moduleGraph } from '../lib/search-preload.ts';

/** The module scripts a page loads, as `/_astro/…` paths. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?(\/_astro\/[^"'\s>]+)/gi)].map((m) => m[1]!);
}

/**
 * Whether the page has widgets and every one makes the elements it adds only from templates in the
 * page (`data-creates-from-templates` on its root, as the tools and the search do): the rules
 * inlined for the page then hold theirs too, since template contents count as the page's elements.
 * Such a page needs no full stylesheet; a page with a script of its own and no such widget might
 * add anything, so it keeps loading them.
 */
export function widgetsUseTemplates(html: string): boolean {
  const roots = [...html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*\bdata-widget="[^"]*"[^>]*>/g)].map((m) => m[0]);
  return roots.length > 0 && roots.every((tag) => /\sdata-creates-from-templates[\s=>]/.test(tag));
}

/**
 * The site's own components that stand in for a part of Starlight's page frame, as paths from the
 * project's root: "On this page", in the right-hand column and in the mobile dropdown
 * (src/components/contents/), and the header's search field (src/components/header-search/). They
 * replace Starlight's components of the same name and do the same job, and add no element that the
 * page's HTML does not already have, in a template or not (the contents list only sets
 * `aria-current` and the dropdown's current-section text; the search field's live results are
 * cloned from a template in the page), so their scripts count as frame scripts as Starlight's did,
 * and a content page still loads no full stylesheet because of them.
 */
export const SITE_FRAME_COMPONENTS = [
  'src/components/contents/ContentsList.astro',
  'src/components/overrides/HeaderSearch.astro',
] as const;

/**
 * Whether a bundled script entry is part of the page frame: a script of one of Starlight's
 * components (the menu, the pickers), of the site's components that stand in for Starlight's
 * (SITE_FRAME_COMPONENTS: the contents list, the header's search field) or Astro's own page script (prefetching). Everything
 * else is the site's own, or another integration's (code blocks' copy buttons).
 */
export function isFrameScript(sourceId: string): boolean {
  const id = sourceId.replace(/\\/g, '/');
  const path = id.split('?')[0]!;
  return (
    id.includes('/node_modules/@astrojs/starlight/') ||
    id.startsWith('astro:scripts/') ||
    id.includes('/node_modules/astro/') ||
    (!id.includes('/node_modules/') && SITE_FRAME_COMPONENTS.some((component) => path.endsWith(`/${component}`)))
  );
}

export default function inlineCss(): AstroIntegration {
  /** The built files of Starlight's and Astro's frame scripts, gathered while bundling. */
  const frame = new Set<string>();
  return {
    name: 'governance-inline-css',
    hooks: {
      // The bundler knows which source each script came from; the built pages only have file names.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'governance-frame-scripts',
                generateBundle(_options, bundle) {
                  for (const chunk of Object.values(bundle)) {
                    if (chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId && isFrameScript(chunk.facadeModuleId)) frame.add(`/${chunk.fileName}`);
                  }
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const root = fileURLToPath(dir);
        const sheets = new Map<string, string>();
        const read = (href: string) => {
          const css = sheets.get(href);
          if (css === undefined) throw new Error(`${href} is linked from a page but was not read.`);
          return css;
        };
        const pages = await builtPages(root);
        const graphs = new Map<string, string[]>();
        const graphOf = (src: string) => graphs.get(src) ?? graphs.set(src, moduleGraph([src], (path) => readFileSync(join(root, path), 'utf8'))).get(src)!;
        let kept = 0;
        let bytes = 0;
        for (const file of pages) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          for (const m of html.matchAll(/\bhref="(\/_astro\/[^"]+\.css)"/g)) {
            if (!sheets.has(m[1]!)) sheets.set(m[1]!, await readFile(join(root, m[1]!), 'utf8'));
          }
          const own = moduleScripts(html).filter((src) => !frame.has(src));
          const scripted = own.length > 0 && !widgetsUseTemplates(html);
          const page = inlineStylesheets(html, read, scripted, file);
          if (scripted && page.inlined.length > 0) kept += 1;
          bytes += page.bytes;
          const out = lowPriorityScripts(preloadImports(renderAfterFirstParagraph(page.html), graphOf, file));
          if (out !== html) await writeFile(path, out);
        }
        logger.info(
          `Inlined the CSS each page uses into ${pages.length} pages (${Math.round(bytes / pages.length / 1024)} KB each on average, before compression); ` +
            `${kept} pages with scripts of their own also load the full stylesheets after their content (${Date.now() - started} ms). Frame scripts: ${[...frame].join(', ') || 'none'}.`,
        );
      },
    },
  };
}
