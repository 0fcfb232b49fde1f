/**
 * Builds the Pagefind index after `astro build`, in place of Starlight's own step, so that it can
 * hold one record per duty beside the pages. The records come from `/search-records.json`, which
 * src/pages/search-records.json.ts writes from the content at build time; the file is removed once
 * it has been indexed. A Pagefind error fails the build. Then the pages with the search widget get
 * their scripts preloaded (src/lib/search-preload.ts), at low priority like every
 * module script (src/lib/script-priority.ts), and every page loses the markup only the index reads
 * (src/lib/index-markup.ts) and gets the index tag on its header search field.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/partners';
import { addSearchPreloads, moduleGraph, searchPreloads, tagHeaderSearch } from '../lib/search-preload';
import { lowPriorityScripts } from '../lib/script-priority';
import { stripIndexMarkup } from '../lib/index-markup';
import { builtPages } from './built-files';

export const RECORDS_FILE = 'search-records.json';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'governance-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const check = <T extends { errors: string[] }>(what: string, response: T): T => {
          if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
          return response;
        };
        const started = performance.now();
        try {
          const { index } = await pagefind.createIndex();
          if (!index) throw new Error('Pagefind did not create an index.');
          const { page_count } = check('index the pages', await index.addDirectory({ path: fileURLToPath(dir) }));
          const recordsPath = fileURLToPath(new URL(RECORDS_FILE, dir));
          const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
          for (const record of records) check(`index the record for ${record.url}`, await index.addCustomRecord(record));
          check('write the index', await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
          await rm(recordsPath);
          const root = fileURLToPath(dir);
          const output = join(root, 'pagefind');
          const entry = await readFile(join(output, 'pagefind-entry.json'), 'utf8');
          const searchPages: string[] = [];
          for (const file of await builtPages(root)) {
            const built = await readFile(join(root, file), 'utf8');
            const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(built)?.[1] ?? 'en';
            // What only the index reads goes now that it is indexed (src/lib/index-markup.ts); the header's search gets the index tag.
            const html = tagHeaderSearch(stripIndexMarkup(built), searchPreloads(entry, lang));
            if (!html.includes('<gov-search')) {
              if (html !== built) await writeFile(join(root, file), html);
              continue;
            }
            // The page's module scripts sit in its <body>, where the search component is: name them, and what they import, up front.
            const head = html.slice(0, html.search(/<\/head>/i));
            const scripts = [...html.matchAll(/<script type="module" src="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!).filter((src) => !head.includes(src));
            // (What they import is preloaded already: src/plugins/inline-css.ts.)
            const modules = moduleGraph(scripts, (path) => readFileSync(join(root, path), 'utf8')).filter((module) => !html.includes(`<link rel="modulepreload" href="${module}"`));
            await writeFile(join(root, file), lowPriorityScripts(addSearchPreloads(html, searchPreloads(entry, lang, modules), file)));
            searchPages.push(`/${file.replace(/index\.html$/, '')}`);
          }
          logger.info(
            `Indexed ${page_count} pages and ${records.length} duties in ${Math.round(performance.now() - started)} ms; ` +
              `the search scripts preloaded on ${searchPages.join(', ') || 'no page'}.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
