import type { Loader } from 'astro/loaders';
import { glossarySchema } from '../schemas/glossary';
import { readGlossaryFiles } from '../plugins/glossary-files';

/** Loads content/glossary/*.yaml (lists of terms); a term defined twice fails with both places. */
export function glossaryLoader(dir = './content/glossary'): Loader {
  return {
    name: 'glossary-loader',
    schema: glossarySchema,
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(dir);
      store.clear();
      for (const entry of readGlossaryFiles(dir)) {
        const id = String(entry.data.term);
        const data = await parseData({ id, data: entry.data, filePath: entry.file });
        store.set({ id, data, filePath: entry.file });
      }
    },
  };
}
