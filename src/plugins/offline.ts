/**
 * Writes the service worker (`/sw.js`) after the build and the search index, listing every file to
 * keep offline and naming its cache after a hash of them (see src/lib/offline.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineFiles, serviceWorker } from '../lib/offline';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

export default function offline(): AstroIntegration {
  return {
    name: 'governance-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await walk(root)).map((f) => `/${relative(root, f).split(sep).join('/')}`);
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
