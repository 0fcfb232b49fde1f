/**
 * Builds the Pagefind index after `astro build`, in place of Starlight's own step, so that it can
 * hold one record per duty beside the pages. The records come from `/search-records.json`, which
 * src/pages/search-records.json.ts writes from the content at build time; the file is removed once
 * it has been indexed. A Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/partners';

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
          logger.info(`Indexed ${page_count} pages and ${records.length} duties in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
