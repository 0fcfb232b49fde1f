/**
 * Writes the service worker (`/sw.js`) after the build and the search index, listing every file to
 * keep offline and naming its cache after a hash of them (see src/lib/offline.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { builtFiles } from './built-files';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineFiles, serviceWorker } from '../lib/offline';

export default function offline(): AstroIntegration {
  return {
    name: 'governance-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await builtFiles(root)).map((f) => `/${f}`);
        const paths = offlineFiles(files);
        const hash = createHash('sha256');
        for (const file of files.filter((f) => paths.includes(f.replace(/index\.html$/, ''))).sort()) {
          hash.update(file).update(await readFile(join(root, file)));
        }
        const version = hash.digest('hex').slice(0, 12);
        await writeFile(join(root, 'sw.js'), serviceWorker(version, paths));
        logger.info(`Service worker ${version}: ${paths.length} files kept for offline reading.`);
      },
    },
  };
}
