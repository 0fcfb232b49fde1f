/**
 * Writes the service worker (`/sw.js`) after the build and the search index (see src/lib/offline.ts):
 * the shell it caches on a first visit (what the home page loads) and a cache version from a hash
 * of every file a reader may save; the list of those files goes in `/offline-files.json`. Pages
 * with the save control get the size of the download written in, measured compressed as a server
 * sends it.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { builtFiles } from './built-files.ts';
import { OFFLINE_LIST, offlineFiles, serviceWorker, shellFiles, sizeLabel, type OfflineList } from '../lib/offline.ts';

/** Where the save control shows the size; filled in here, after every file exists. */
const SIZE_SLOT = /(<span data-offline-size>)[^<]*(<\/span>)/g;

/** The built file a site path is served from. */
const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

export default function offline(): AstroIntegration {
  return {
    name: 'governance-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const built = (await builtFiles(root)).map((f) => `/${f}`);
        const paths = offlineFiles(built);
        const shell = shellFiles(await readFile(join(root, 'index.html'), 'utf8'), built);

        let bytes = 0;
        for (const path of paths) bytes += gzipSync(await readFile(join(root, fileOf(path)))).length;
        const size = sizeLabel(bytes);
        for (const path of paths.filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
          const file = join(root, fileOf(path));
          const html = await readFile(file, 'utf8');
          if (html.includes('data-offline-size')) await writeFile(file, html.replace(SIZE_SLOT, `$1${size}$2`));
        }

        const hash = createHash('sha256');
        for (const path of paths) hash.update(path).update(await readFile(join(root, fileOf(path))));
        const version = hash.digest('hex').slice(0, 12);
        await writeFile(join(root, 'sw.js'), serviceWorker(version, shell));
        await writeFile(join(root, OFFLINE_LIST.slice(1)), JSON.stringify({ version, files: paths } satisfies OfflineList));
        logger.info(`Service worker ${version}: ${shell.length} files on a first visit; ${paths.length} files (${size}) when the reader saves the site.`);
      },
    },
  };
}
