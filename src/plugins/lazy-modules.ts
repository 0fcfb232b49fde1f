/**
 * Builds each module of src/lib/lazy-modules.ts as a chunk of its own (nothing imports them, so the
 * bundler would otherwise leave them out) and, after the build, writes the built files into every
 * page's `data-lazy-module` attributes. A name the build did not make fails the build, naming the page.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAZY_MODULES, linkLazyModules } from '../lib/lazy-modules';
import { moduleGraph } from '../lib/search-preload';
import { builtPages } from './built-files';

export default function lazyModules(): AstroIntegration {
  /** The source of each module, as the bundler names it, and the built file once it is written. */
  const sources = new Map<string, string>();
  const entries = new Map<string, string>();
  return {
    name: 'governance-lazy-modules',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        for (const [name, path] of Object.entries(LAZY_MODULES)) sources.set(name, fileURLToPath(new URL(path, config.root)));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'governance-lazy-module-chunks',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                buildStart() {
                  for (const [name, id] of sources) this.emitFile({ type: 'chunk', id, name });
                },
                generateBundle(_options, bundle) {
                  for (const [name, id] of sources) {
                    const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.facadeModuleId === id);
                    if (!chunk) this.error(`The module ${name} (${id}) was not built.`);
                    entries.set(name, `/${chunk.fileName}`);
                  }
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (path: string) => readFileSync(join(root, path), 'utf8');
        const built = new Map([...entries].map(([name, entry]) => [name, moduleGraph([entry], read)]));
        let linked = 0;
        for (const file of await builtPages(root)) {
          const html = await readFile(join(root, file), 'utf8');
          if (!html.includes('data-lazy-module=')) continue;
          await writeFile(join(root, file), linkLazyModules(html, built, file));
          linked += 1;
        }
        logger.info(`Modules loaded on demand: ${[...built].map(([name, files]) => `${name} (${files.length} files)`).join(', ')}; linked from ${linked} pages.`);
      },
    },
  };
}
